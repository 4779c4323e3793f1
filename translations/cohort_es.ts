<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ModelVerdict</name>
    <message>
        <location filename="../widgets/model_verdict.cpp" line="+57"/>
        <source>the most common class</source>
        <translation>la clase más frecuente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No better than always answering %1.</source>
        <translation>No es mejor que responder siempre %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Better than always answering %1, but it misses most cases of %2: it finds %3 of them.</source>
        <translation>Mejor que responder siempre %1, pero pierde la mayoría de los casos de %2: encuentra el %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Better than always answering %1, and it finds at least half of the cases of every class.</source>
        <translation>Mejor que responder siempre %1, y encuentra al menos la mitad de los casos de cada clase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right in %1 of the cases (always answering %2: %3); balanced accuracy %4, the mean of the hit rates of the classes.</source>
        <translation>Acierta en el %1 de los casos (responder siempre %2: %3); exactitud equilibrada %4, la media de las tasas de acierto de las clases.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</source>
        <translation>
            <numerusform>Solo se evaluó %n caso: la exactitud bien podría estar entre %1 y %2 (intervalo del 95 %).</numerusform>
            <numerusform>Solo se evaluaron %n casos: la exactitud bien podría estar entre %1 y %2 (intervalo del 95 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::DataController</name>
    <message>
        <location filename="../app/bridge/data_controller.cpp" line="+113"/>
        <source>row %1 (line %2)</source>
        <translation>fila %1 (línea %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, columna «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos;</source>
        <translation>columna «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole file</source>
        <translation>todo el archivo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the target column…</source>
        <translation>Comprobando la columna objetivo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the columns…</source>
        <translation>Comprobando las columnas…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Abra primero un archivo CSV en la página Datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the errors listed on the Data page first.</source>
        <translation>Corrija primero los errores indicados en la página Datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict on the Data page.</source>
        <translation>Elija la columna que se va a predecir en la página Datos.</translation>
    </message>
    <message>
        <location filename="../app/bridge/raw_table_model.cpp" line="+47"/>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
</context>
<context>
    <name>cohort::app::ExplainController</name>
    <message>
        <location filename="../app/bridge/explain_controller.cpp" line="+56"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Open a CSV file on the Data page first: its rows are the background the explanations compare with.</source>
        <translation>Abra primero un archivo CSV en la página Datos: sus filas son la referencia con la que se comparan las explicaciones.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Row %1 is not in %2: it has %n data row(s).</source>
        <translation>
            <numerusform>La fila %1 no está en %2: el archivo tiene %n fila de datos.</numerusform>
            <numerusform>La fila %1 no está en %2: el archivo tiene %n filas de datos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/typed_values.cpp" line="+27"/>
        <source>%1: there is no field for this column; choose the version again</source>
        <translation>%1: no hay ningún campo para esta columna; vuelva a elegir la versión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of the model&apos;s categories (%3)</source>
        <translation>%1: «%2» no es una de las categorías del modelo (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is neither yes nor no</source>
        <translation>%1: «%2» no es ni sí ni no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+119"/>
        <source>Reading the federation&apos;s columns…</source>
        <translation>Leyendo las columnas de la federación…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating %1 demo sites (%2)…</source>
        <translation>Generando %1 centros de demostración (%2)…</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+58"/>
        <source>demo %1, %2</source>
        <translation>demostración %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>federation %1</source>
        <translation>federación %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+61"/>
        <source>Round %1 of %2 done.</source>
        <translation>Ronda %1 de %2 terminada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round %1 of %2 done; paused. Next round runs the next one.</source>
        <translation>Ronda %1 de %2 terminada; en pausa. «Siguiente ronda» ejecuta la siguiente.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Hub on %1, step by step: click Next round to run the first round.</source>
        <translation>Hub en %1, paso a paso: pulse «Siguiente ronda» para ejecutar la primera ronda.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub en %1; esperando a %n centro.</numerusform>
            <numerusform>Hub en %1; esperando a %n centros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+26"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>Iniciando %n proceso de centro de demostración en este equipo.</numerusform>
            <numerusform>Iniciando %n procesos de centros de demostración en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_participant.cpp" line="-31"/>
        <source>Joining %1 as %2…</source>
        <translation>Uniéndose a %1 como %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Joined %1 as %2; waiting for the hub&apos;s rounds.</source>
        <translation>Unido a %1 como %2; esperando las rondas del hub.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Done: trained in %n round(s).</source>
        <translation>
            <numerusform>Listo: entrenado en %n ronda.</numerusform>
            <numerusform>Listo: entrenado en %n rondas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Peer on port %1 with %n neighbour(s).</source>
        <translation>
            <numerusform>Par en el puerto %1 con %n vecino.</numerusform>
            <numerusform>Par en el puerto %1 con %n vecinos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The peer has run all its rounds.</source>
        <translation>El par ha completado todas sus rondas.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+45"/>
        <source>Paused: the running round finishes, no new one starts.</source>
        <translation>En pausa: la ronda en curso termina y no se inicia ninguna nueva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running.</source>
        <translation>En ejecución.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running one round, then pausing.</source>
        <translation>Se ejecuta una ronda y después se pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+1"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+8"/>
        <source>The federation has run all its rounds.</source>
        <translation>La federación ha completado todas sus rondas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; every finished round is kept as a model version.</source>
        <translation>Detenido; cada ronda terminada se conserva como versión del modelo.</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationLog</name>
    <message>
        <location filename="../app/bridge/federation_log_text.cpp" line="+30"/>
        <source>resuming %1 after round %2 (version %3)</source>
        <translation>reanudando %1 tras la ronda %2 (versión %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resuming %1 after round %2 (version %3); this older run kept no strategy state</source>
        <translation>reanudando %1 tras la ronda %2 (versión %3); esta ejecución anterior no guardó el estado de la estrategia</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the run %1 already has all its %2 rounds</source>
        <translation>
            <numerusform>la ejecución %1 ya tiene completa su %2 ronda</numerusform>
            <numerusform>la ejecución %1 ya tiene completas sus %2 rondas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run already has all its rounds</source>
        <translation>la ejecución ya tiene todas sus rondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>refused a connection from %1: %2</source>
        <translation>se rechazó una conexión de %1: %2</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 reported: %2 (%3)</source>
        <translation>%1 informó: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused %1: wrong join code</source>
        <translation>se rechazó a %1: código de acceso incorrecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined from %2</source>
        <translation>%1 se unió desde %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2; it is not admitted</source>
        <translation>%1 %2; no se admite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge the sites&apos; statistics yet: %1; waiting for more sites</source>
        <translation>aún no se pueden combinar las estadísticas de los centros: %1; esperando a más centros</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>preprocessing fixed from %1 sites&apos; statistics</source>
        <translation>
            <numerusform>preprocesamiento fijado a partir de las estadísticas de %1 centro</numerusform>
            <numerusform>preprocesamiento fijado a partir de las estadísticas de %1 centros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left: %2</source>
        <translation>%1 salió: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a result from %1 for round %2 (no such round)</source>
        <translation>se ignoró un resultado de %1 para la ronda %2 (no existe esa ronda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not evaluate round %2: %3</source>
        <translation>%1 no pudo evaluar la ronda %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not evaluate round %2: gave no reason</source>
        <translation>%1 no pudo evaluar la ronda %2: no indicó el motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 of round %2: %3</source>
        <translation>%1 en la ronda %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evaluation of round %1: %2</source>
        <translation>la evaluación de la ronda %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined</source>
        <translation>%1 se ha unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>%1 se ha ido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a result from %1 for round %2 (late, duplicate or not asked)</source>
        <translation>se ignoró un resultado de %1 para la ronda %2 (tardío, duplicado o no solicitado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a late result from %1</source>
        <translation>se ignoró un resultado tardío de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not train in round %2: %3</source>
        <translation>%1 no pudo entrenar en la ronda %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused: no new round starts until resumed</source>
        <translation>en pausa: no empieza ninguna ronda nueva hasta reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resumed</source>
        <translation>reanudado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running one round, then pausing</source>
        <translation>se ejecuta una ronda y después se pausa</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>round %1 started with %2 of %3 sites</source>
        <translation>
            <numerusform>la ronda %1 empezó con %2 de %3 centro</numerusform>
            <numerusform>la ronda %1 empezó con %2 de %3 centros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results)</source>
        <translation>la ronda %1 no alcanzó su quórum (%2 de %3 resultados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results; one site&apos;s update alone is never sent to the others)</source>
        <translation>la ronda %1 no alcanzó su quórum (%2 de %3 resultados; la actualización de un solo centro nunca se envía a los demás)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 could not aggregate: %2</source>
        <translation>la ronda %1 no pudo agregar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused after round %1: no new round starts until the next step or resume</source>
        <translation>en pausa tras la ronda %1: no empieza ninguna ronda nueva hasta el siguiente paso o la reanudación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 will run again in %2 ms</source>
        <translation>la ronda %1 se repetirá en %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the federation finished after %1 rounds</source>
        <translation>
            <numerusform>la federación terminó tras %1 ronda</numerusform>
            <numerusform>la federación terminó tras %1 rondas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot accept connections (%1); trying again in %2 ms</source>
        <translation>no se pueden aceptar conexiones (%1); nuevo intento en %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected to the hub at %1</source>
        <translation>conectado al hub en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (%2)</source>
        <translation>reconectando en %1 ms (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (the connection closed: %2)</source>
        <translation>reconectando en %1 ms (la conexión se cerró: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gave up reaching the hub: %1</source>
        <translation>se dejó de intentar conectar con el hub: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gave up reaching the hub: the connection closed: %1</source>
        <translation>se dejó de intentar conectar con el hub: la conexión se cerró: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>joined as %1 with %2 training and %3 evaluation rows</source>
        <translation>
            <numerusform>unido como %1 con %2 filas de entrenamiento y %3 fila de evaluación</numerusform>
            <numerusform>unido como %1 con %2 filas de entrenamiento y %3 filas de evaluación</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped the fit for round %1: the hub has moved on</source>
        <translation>se omitió el entrenamiento de la ronda %1: el hub ya ha avanzado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not train in round %1: %2</source>
        <translation>no se pudo entrenar en la ronda %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not evaluate round %1: %2</source>
        <translation>no se pudo evaluar la ronda %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1: the hub refused it: this site %2</source>
        <translation>ronda %1: el hub la rechazó: este centro %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub reported: %1</source>
        <translation>el hub informó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub refused this site: %1</source>
        <translation>el hub rechazó este centro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub sent settings this site cannot use: %1</source>
        <translation>el hub envió una configuración que este centro no puede usar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file does not fit the federation&apos;s columns</source>
        <translation>el archivo no se ajusta a las columnas de la federación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot apply the federation&apos;s preprocessing: %1</source>
        <translation>no se puede aplicar el preprocesamiento de la federación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept the final global model (round %1) as version %2 in %3</source>
        <translation>se guardó el modelo global final (ronda %1) como versión %2 en %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final global model in %1: %2</source>
        <translation>no se pudo guardar el modelo global final en %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: all rounds done</source>
        <translation>la federación terminó: todas las rondas completadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: %1</source>
        <translation>la federación terminó: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening on %1:%2</source>
        <translation>escuchando en %1:%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found %1 at %2:%3</source>
        <translation>se encontró %1 en %2:%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 joined</source>
        <translation>el vecino %1 se unió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 left</source>
        <translation>el vecino %1 salió</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %1 of %2 neighbours answered; going on</source>
        <translation>
            <numerusform>solo respondieron %1 de %2 vecino; se continúa</numerusform>
            <numerusform>solo respondieron %1 de %2 vecinos; se continúa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>caught up from %1 after round %2</source>
        <translation>puesto al día con %1 tras la ronda %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1: %2</source>
        <translation>se ignoró un modelo de %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a model from %1: no such round</source>
        <translation>se ignoró un modelo de %1: no existe esa ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1 for round %2 (a finished round, too far ahead, or an impossible degree)</source>
        <translation>se ignoró un modelo de %1 para la ronda %2 (una ronda terminada, demasiado adelantada o un grado imposible)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out the model of %1 in round %2: it %3</source>
        <translation>se descartó el modelo de %1 en la ronda %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept the final model as version %1 in %2</source>
        <translation>se guardó el modelo final como versión %1 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final model in %1: %2</source>
        <translation>no se pudo guardar el modelo final en %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <extracomment>A line of the federation log and who said it: &quot;site_2: joined as site_2 with ...&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cohort::app::IssueText</name>
    <message numerus="yes">
        <location filename="../app/bridge/issue_text.cpp" line="+35"/>
        <source>This row has %Ln field(s), the header has %2</source>
        <translation>
            <numerusform>Esta fila tiene %Ln campo y el encabezado tiene %2</numerusform>
            <numerusform>Esta fila tiene %Ln campos y el encabezado tiene %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for a missing or extra delimiter or an unclosed quote</source>
        <translation>Busque un delimitador que falte o sobre, o unas comillas sin cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%Ln fila más tiene un número de campos incorrecto</numerusform>
            <numerusform>%Ln filas más tienen un número de campos incorrecto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the rows listed above first; the others are likely alike</source>
        <translation>Corrija primero las filas indicadas arriba; probablemente las demás sean similares</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row (%1, …) looks like data, not like column names</source>
        <extracomment>%1 is the first few cells of the first row, separated by commas.</extracomment>
        <translation>La primera fila (%1, …) parece contener datos, no nombres de columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row with the column names at the top of the file</source>
        <translation>Añada al principio del archivo una fila con los nombres de las columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1 has no name; it is called “%2”</source>
        <translation>La columna %1 no tiene nombre; se llama «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every column a name in the header row</source>
        <translation>Dé un nombre a cada columna en la fila de encabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two columns are named “%1”</source>
        <translation>Dos columnas se llaman «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename one of them in the header row</source>
        <translation>Cambie el nombre de una de ellas en la fila de encabezado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The file has %Ln column(s); at least 2 are needed (features and a target)</source>
        <translation>
            <numerusform>El archivo tiene %Ln columna; se necesitan al menos 2 (variables y un objetivo)</numerusform>
            <numerusform>El archivo tiene %Ln columnas; se necesitan al menos 2 (variables y un objetivo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the delimiter (comma, semicolon or tab) of the file</source>
        <translation>Compruebe el delimitador del archivo (coma, punto y coma o tabulador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than 4 GB</source>
        <translation>El archivo ocupa más de 4 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it into several files</source>
        <translation>Divídalo en varios archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byte %1 at offset %2 is neither UTF-8 nor Latin-1 text</source>
        <extracomment>%1 is a byte in hexadecimal (0x81), %2 its position in the file.</extracomment>
        <translation>El byte %1 en la posición %2 no es texto UTF-8 ni Latin-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file as CSV in UTF-8 encoding</source>
        <translation>Guarde el archivo como CSV con codificación UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not UTF-8; it was read as Latin-1 (ISO-8859-1)</source>
        <translation>El archivo no está en UTF-8; se ha leído como Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check accented names; save the file as UTF-8 to silence this warning</source>
        <translation>Revise los nombres con tildes; guarde el archivo como UTF-8 para que no aparezca esta advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with a header row and data rows</source>
        <translation>Vuelva a exportar los datos con una fila de encabezado y filas de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read past this line (%1)</source>
        <extracomment>%1 is the CSV parser&apos;s own reason, in English.</extracomment>
        <translation>El archivo no se puede leer más allá de esta línea (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the quoting of this row</source>
        <translation>Revise las comillas de esta fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no data rows</source>
        <translation>El archivo tiene encabezado, pero no filas de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with its rows</source>
        <translation>Vuelva a exportar los datos con sus filas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln value(s) beyond ±%2 (%3) are too large to compute with; they will be clipped to ±%2</source>
        <extracomment>%2 is the largest usable value, %3 a few of the values with their lines.</extracomment>
        <translation>
            <numerusform>%Ln valor más allá de ±%2 (%3) es demasiado grande para hacer cálculos; se recortará a ±%2</numerusform>
            <numerusform>%Ln valores más allá de ±%2 (%3) son demasiado grandes para hacer cálculos; se recortarán a ±%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors, or rescale the column</source>
        <translation>Revise si estos valores tienen errores de escritura o de unidades, o cambie la escala de la columna</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln extreme value(s), e.g. %2, far outside the typical range from %3 to %4; they will be clipped to the training data&apos;s quantiles</source>
        <translation>
            <numerusform>%Ln valor extremo, p. ej., %2, muy fuera del rango habitual de %3 a %4; se recortará a los cuantiles de los datos de entrenamiento</numerusform>
            <numerusform>%Ln valores extremos, p. ej., %2, muy fuera del rango habitual de %3 a %4; se recortarán a los cuantiles de los datos de entrenamiento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors</source>
        <translation>Revise si estos valores tienen errores de escritura o de unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column has no values; it is ignored</source>
        <translation>La columna no tiene valores; se ignora</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The column holds numbers, but %Ln cell(s) are text (%2)</source>
        <extracomment>%2 lists a few of the cells with their lines.</extracomment>
        <translation>
            <numerusform>La columna contiene números, pero %Ln celda es texto (%2)</numerusform>
            <numerusform>La columna contiene números, pero %Ln celdas son texto (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Correct these cells, or leave them empty or NA if the value is unknown</source>
        <translation>Corrija estas celdas, o déjelas vacías o con NA si el valor es desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%Ln text cell(s) in a numeric column (%2) are treated as missing</source>
        <translation>
            <numerusform>%Ln celda de texto en una columna numérica (%2) se trata como valor faltante</numerusform>
            <numerusform>%Ln celdas de texto en una columna numérica (%2) se tratan como valores faltantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The federation&apos;s column is numeric, but %Ln of its %2 cells are text (%3)</source>
        <translation>
            <numerusform>La columna de la federación es numérica, pero %Ln de sus %2 celdas es texto (%3)</numerusform>
            <numerusform>La columna de la federación es numérica, pero %Ln de sus %2 celdas son texto (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column holds dates or times; it is not used as a feature</source>
        <translation>La columna contiene fechas u horas; no se usa como variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use it, add a number computed from it (an age in days, an hour of the day) as a column of its own</source>
        <translation>Para usarla, añada como columna propia un número calculado a partir de ella (una edad en días, una hora del día)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The column looks like an identifier or free text (%Ln distinct value(s)); it is not used as a feature</source>
        <translation>
            <numerusform>La columna parece un identificador o texto libre (%Ln valor distinto); no se usa como variable</numerusform>
            <numerusform>La columna parece un identificador o texto libre (%Ln valores distintos); no se usa como variable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln missing value(s) (%2%) will be filled with the median of the training rows</source>
        <extracomment>%2 is a percentage of the rows, without the % sign.</extracomment>
        <translation>
            <numerusform>%Ln valor faltante (%2 %) se rellenará con la mediana de las filas de entrenamiento</numerusform>
            <numerusform>%Ln valores faltantes (%2 %) se rellenarán con la mediana de las filas de entrenamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln missing value(s) (%2%) will be filled with the most frequent value of the training rows</source>
        <translation>
            <numerusform>%Ln valor faltante (%2 %) se rellenará con el valor más frecuente de las filas de entrenamiento</numerusform>
            <numerusform>%Ln valores faltantes (%2 %) se rellenarán con el valor más frecuente de las filas de entrenamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have no target value; they are left out of training</source>
        <translation>
            <numerusform>%Ln fila no tiene valor objetivo; se excluye del entrenamiento</numerusform>
            <numerusform>%Ln filas no tienen valor objetivo; se excluyen del entrenamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) have no target value; they are left out</source>
        <translation>
            <numerusform>%Ln fila no tiene valor objetivo; se excluye</numerusform>
            <numerusform>%Ln filas no tienen valor objetivo; se excluyen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target has only one value (“%1”); there is nothing to learn</source>
        <translation>El objetivo solo tiene un valor («%1»); no hay nada que aprender</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Choose a column with at least two classes</source>
        <translation>Elija una columna con al menos dos clases</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The target column has no values</source>
        <translation>La columna objetivo no tiene valores</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The target has %Ln distinct value(s); Cohort trains classifiers</source>
        <translation>
            <numerusform>El objetivo tiene %Ln valor distinto; Cohort entrena clasificadores</numerusform>
            <numerusform>El objetivo tiene %Ln valores distintos; Cohort entrena clasificadores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a column with a few classes, or group the values into classes</source>
        <translation>Elija una columna con pocas clases o agrupe los valores en clases</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Class “%1” has %Ln row(s); at least %3 are needed</source>
        <translation>
            <numerusform>La clase «%1» tiene %Ln fila; se necesitan al menos %3</numerusform>
            <numerusform>La clase «%1» tiene %Ln filas; se necesitan al menos %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rows of this class, or remove or merge it</source>
        <translation>Añada filas de esta clase, o elimínela o combínela con otra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no column named “%1”</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>No hay ninguna columna llamada «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the target among: %2</source>
        <translation>Elija el objetivo entre: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no column “%1”, the target this model predicts</source>
        <translation>El archivo no tiene la columna «%1», el objetivo que predice este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file whose rows hold the true “%1” of each case</source>
        <translation>Elija un archivo cuyas filas tengan el «%1» verdadero de cada caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no column named “%1” to leave out</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>No hay ninguna columna «%1» que excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s columns are: %2</source>
        <translation>Las columnas del archivo son: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is usable as a feature</source>
        <translation>Ninguna columna se puede usar como variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add numeric, yes/no or categorical columns besides the target</source>
        <translation>Añada columnas numéricas, de sí/no o categóricas además del objetivo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The federation&apos;s column is yes/no, but %Ln cell(s) are not (%2)</source>
        <translation>
            <numerusform>La columna de la federación es de sí/no, pero %Ln celda no lo es (%2)</numerusform>
            <numerusform>La columna de la federación es de sí/no, pero %Ln celdas no lo son (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0/1, yes/no or true/false, or leave the cell empty if the value is unknown</source>
        <translation>Use 0/1, yes/no o true/false, o deje la celda vacía si el valor es desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cell(s) hold categories the federation has not seen (%2); they are encoded as all zeros</source>
        <extracomment>%3 lists the federation&apos;s categories.</extracomment>
        <translation>
            <numerusform>%Ln celda contiene una categoría que la federación no ha visto (%2); se codifica como todo ceros</numerusform>
            <numerusform>%Ln celdas contienen categorías que la federación no ha visto (%2); se codifican como todo ceros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling against the federation&apos;s categories: %3</source>
        <translation>Compare la ortografía con las categorías de la federación: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have a class the federation does not know (%2); they are left out</source>
        <translation>
            <numerusform>%Ln fila tiene una clase que la federación no conoce (%2); se excluye</numerusform>
            <numerusform>%Ln filas tienen una clase que la federación no conoce (%2); se excluyen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation&apos;s classes are: %3</source>
        <translation>Las clases de la federación son: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row has one of the federation&apos;s classes (%1)</source>
        <translation>Ninguna fila tiene una de las clases de la federación (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the same class labels as the hub&apos;s</source>
        <translation>Compruebe que la columna objetivo contiene las mismas etiquetas de clase que la del hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation needs the column “%1”, which the file does not have</source>
        <translation>La federación necesita la columna «%1», que el archivo no tiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or add the column: every site needs the federation&apos;s columns</source>
        <translation>Cambie el nombre de la columna o añádala: todos los centros necesitan las columnas de la federación</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have no target value or a class the model does not know; they are not evaluated</source>
        <translation>
            <numerusform>%Ln fila no tiene valor objetivo o tiene una clase que el modelo no conoce; no se evalúa</numerusform>
            <numerusform>%Ln filas no tienen valor objetivo o tienen una clase que el modelo no conoce; no se evalúan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row has a class the model knows</source>
        <translation>Ninguna fila tiene una clase que el modelo conozca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the model&apos;s classes</source>
        <translation>Compruebe que la columna objetivo contiene las clases del modelo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>line %1: %2</source>
        <comment>a value</comment>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 “%2”</source>
        <comment>a cell</comment>
        <translation>línea %1 «%2»</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Line %1, column “%2”</source>
        <translation>Línea %1, columna «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column “%1”</source>
        <translation>Columna «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <comment>a problem and what to do</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <comment>where: what</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <comment>errors, warnings</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cohort::app::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+123"/>
        <source>Open a CSV file</source>
        <translation>Abrir un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About Cohort</source>
        <translation>Acerca de Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Federated learning on health and fitness data: each site keeps its rows; only model updates travel.&lt;/p&gt;&lt;p&gt;Model registry: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Aprendizaje federado con datos de salud y actividad física: cada centro conserva sus filas; solo se transmiten las actualizaciones del modelo.&lt;/p&gt;&lt;p&gt;Registro de modelos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cohort — federated learning</source>
        <translation>Cohort — aprendizaje federado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federation</source>
        <translation>Federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ederation</source>
        <translation>&amp;Federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;demo federation</source>
        <translation>Iniciar una federación de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cohort</source>
        <translation>&amp;Acerca de Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_wiring.cpp" line="+59"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Abra primero un archivo CSV en la página Datos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: epoch %1 of %2</source>
        <translation>Entrenando: época %1 de %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Evaluating version %1 on %2…</source>
        <translation>Evaluando la versión %1 con %2…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Federation: round %1 done</source>
        <translation>Federación: ronda %1 completada</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Explaining…</source>
        <translation>Explicando…</translation>
    </message>
</context>
<context>
    <name>cohort::app::Reason</name>
    <message>
        <location filename="../app/bridge/reason_text.cpp" line="+31"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an address such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation>Indique una dirección como 127.0.0.1, o 0.0.0.0 para todas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another port, or stop the program that uses it.</source>
        <translation>Elija otro puerto, o cierre el programa que lo usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not reach %1 in time</source>
        <translation>no se pudo alcanzar %1 a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Check the address and that the hub is running.</source>
        <translation>Compruebe la dirección y que el hub está en marcha.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name.</source>
        <translation>Compruebe el nombre del equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub was stopped</source>
        <translation>el hub se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer was stopped</source>
        <translation>el par se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub holds %1 connections, its limit</source>
        <translation>el hub mantiene %1 conexiones, su límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections from %1 (%2)</source>
        <translation>demasiadas conexiones desde %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this hub speaks protocol version %1</source>
        <translation>este hub habla la versión %1 del protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the same version of Cohort on the hub and the sites.</source>
        <translation>Use la misma versión de Cohort en el hub y en los centros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say Hello before anything else</source>
        <translation>enviar Hello antes que nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this connection has said Hello already</source>
        <translation>esta conexión ya envió Hello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the join code is not right; ask the hub for it</source>
        <translation>el código de acceso no es correcto; pídaselo al hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared %1 training rows</source>
        <translation>declaró %1 filas de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declared %1 evaluation rows</source>
        <translation>declaró %1 filas de evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent statistics of a column &apos;%1&apos; that is not a federation column, or twice</source>
        <translation>envió estadísticas de una columna «%1» que no es de la federación, o dos veces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent more categories for &apos;%1&apos; than it has rows</source>
        <translation>envió más categorías para «%1» que filas tiene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent more classes than it has rows</source>
        <translation>envió más clases que filas tiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts more rows per class than its %1 training rows</source>
        <translation>cuenta más filas por clase que sus %1 filas de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported training on %1 rows, it declared %2</source>
        <translation>informó de un entrenamiento con %1 filas, había declarado %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported a training loss that is not a finite, non-negative number</source>
        <translation>informó de una pérdida de entrenamiento que no es un número finito y no negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported an evaluation of %1 rows, it declared %2</source>
        <translation>informó de una evaluación de %1 filas, había declarado %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported an evaluation loss that is not a finite, non-negative number</source>
        <translation>informó de una pérdida de evaluación que no es un número finito y no negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported a confusion count outside its rows</source>
        <translation>informó de un recuento de la matriz de confusión fuera de sus filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported confusion counts adding up to %1, not its %2 rows</source>
        <translation>informó de recuentos de confusión que suman %1, no sus %2 filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent %1 parameters, the model has %2</source>
        <translation>envió %1 parámetros, el modelo tiene %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent parameters that are not finite numbers</source>
        <translation>envió parámetros que no son números finitos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent an update %1 away from the model it started from (at most %2, %3 times the model&apos;s size)</source>
        <translation>envió una actualización a %1 del modelo de partida (como mucho %2, %3 veces el tamaño del modelo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent an update %1 away from the global model, more than %2 times the round&apos;s median step (%3)</source>
        <translation>envió una actualización a %1 del modelo global, más de %2 veces el paso mediano de la ronda (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Compruebe la ruta y que puede leer el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file, not a folder.</source>
        <translation>Elija un archivo CSV, no una carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training was stopped; no version was saved</source>
        <translation>el entrenamiento se detuvo; no se guardó ninguna versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training diverged: the model&apos;s weights are not finite numbers</source>
        <translation>el entrenamiento divergió: los pesos del modelo no son números finitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, or check the file for extreme values.</source>
        <translation>Baje la tasa de aprendizaje, o busque valores extremos en el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local training diverged: the weights are not finite numbers</source>
        <translation>el entrenamiento local divergió: los pesos no son números finitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate.</source>
        <translation>Baje la tasa de aprendizaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model needs the column &apos;%1&apos;, which the file does not have</source>
        <translation>el modelo necesita la columna «%1», que el archivo no tiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a file with the same columns as the training data.</source>
        <translation>Use un archivo con las mismas columnas que los datos de entrenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no registry at %1</source>
        <translation>no hay registro en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Train or federate a model into it first, or choose another file.</source>
        <translation>Entrene o federe primero un modelo en él, o elija otro archivo.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no registry at %1: the file is an empty database</source>
        <translation>no hay registro en %1: el archivo es una base de datos vacía</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file does not match the federation&apos;s schema (%1 error(s))</source>
        <translation>el archivo no coincide con el esquema de la federación (errores: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the problems listed for the file and try again.</source>
        <translation>Corrija los problemas indicados para el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has other columns or another target</source>
        <translation>el par %1 tiene otras columnas u otro objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has column &apos;%2&apos; where this peer has &apos;%3&apos; (or another type)</source>
        <translation>el par %1 tiene la columna «%2» donde este par tiene «%3» (u otro tipo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this peer&apos;s target holds the class &apos;%1&apos;, which the running federation does not know</source>
        <translation>el objetivo de este par contiene la clase «%1», que la federación en curso no conoce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove those rows, or start the federation again with them.</source>
        <translation>Quite esas filas, o vuelva a iniciar la federación con ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not store round %1: %2</source>
        <translation>no se pudo guardar la ronda %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stopped so that no round goes unrecorded; start the hub again to resume.</source>
        <translation>La ejecución se detuvo para que ninguna ronda quede sin registrar; vuelva a iniciar el hub para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the explanation was stopped</source>
        <translation>la explicación se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is past the end of the table</source>
        <translation>la fila %1 está más allá del final de la tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected during the round</source>
        <translation>se desconectó durante la ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed the deadline</source>
        <translation>no cumplió el plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left before evaluating</source>
        <translation>se fue antes de evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave no reason</source>
        <translation>no dio ningún motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable update: %1</source>
        <translation>envió una actualización ilegible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable evaluation: %1</source>
        <translation>envió una evaluación ilegible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not evaluate in time</source>
        <translation>no evaluó a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the invitation&apos;s secret is not right</source>
        <translation>el secreto de la invitación no es correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole invitation again, or ask the host for a new one.</source>
        <translation>Pegue de nuevo la invitación completa, o pida una nueva al anfitrión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invitation has expired</source>
        <translation>la invitación ha caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Ask the host for a new invitation.</source>
        <translation>Pida una nueva invitación al anfitrión.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the invitation has been used already</source>
        <translation>la invitación ya se ha usado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection could not be set up: %1</source>
        <translation>no se pudo establecer la conexión segura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub&apos;s certificate does not match the invitation&apos;s fingerprint: the address may be wrong or the connection intercepted</source>
        <translation>el certificado del hub no coincide con la huella de la invitación: puede que la dirección sea incorrecta o que la conexión esté interceptada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address and the invitation with the host before you connect again.</source>
        <translation>Compruebe la dirección y la invitación con el anfitrión antes de volver a conectarse.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This cannot be used: %1</source>
        <translation>No se puede usar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading or writing failed: %1</source>
        <translation>Falló la lectura o la escritura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected failure: %1</source>
        <translation>Un fallo inesperado: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1</source>
        <extracomment>Where an error is in a file: its line (the header is line 1).</extracomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1</source>
        <extracomment>Where an error is in a file: its column&apos;s name.</extracomment>
        <translation>columna %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>An error and where it is: &quot;data.csv, line 1, column age: The model needs ...&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cohort::app::RegistryController</name>
    <message>
        <location filename="../app/bridge/version_views.cpp" line="+87"/>
        <source>Dataset %1 in the registry: %2, %3</source>
        <translation>Conjunto de datos %1 en el registro: %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset %1 in the registry</source>
        <translation>Conjunto de datos %1 en el registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dataset recorded (%1)</source>
        <translation>No hay ningún conjunto de datos registrado (%1)</translation>
    </message>
    <message>
        <location filename="../app/bridge/registry_controller.cpp" line="+32"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Version %1 is now the active model.</source>
        <translation>La versión %1 es ahora el modelo activo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 exported to %2.</source>
        <translation>Versión %1 exportada a %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported %1 as version %2.</source>
        <translation>%1 importado como versión %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version %1 deleted.</source>
        <translation>Versión %1 eliminada.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Run “%1” deleted with its %n versions.</source>
        <translation>
            <numerusform>Ejecución «%1» eliminada con su %n versión.</numerusform>
            <numerusform>Ejecución «%1» eliminada con sus %n versiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be evaluated:
%2</source>
        <translation>%1 no se puede evaluar:
%2</translation>
    </message>
</context>
<context>
    <name>cohort::app::TrainingController</name>
    <message>
        <location filename="../app/bridge/training_controller.cpp" line="+149"/>
        <source>The file cannot be trained on:
%1</source>
        <translation>No se puede entrenar con el archivo:
%1</translation>
    </message>
</context>
<context>
    <name>cohort::ui::BeeswarmChartView</name>
    <message>
        <location filename="../widgets/beeswarm_chart_view.cpp" line="+33"/>
        <location line="+202"/>
        <source>SHAP values of every row, one line per column</source>
        <translation>Valores SHAP de todas las filas, una línea por columna</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Explain the dataset to see every row&apos;s SHAP values.</source>
        <translation>Explique el conjunto de datos para ver los valores SHAP de cada fila.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SHAP value: effect on the chance of %1 (percentage points)</source>
        <translation>Valor SHAP: efecto en la probabilidad de %1 (puntos porcentuales)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature value:</source>
        <translation>Valor de la variable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>feature value</comment>
        <translation>bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>feature value</comment>
        <translation>alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical</source>
        <translation>categórica</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%1: on average moves the chance by %2 points (%Ln row(s))</source>
        <translation>
            <numerusform>%1: de media modifica la probabilidad en %2 puntos (%Ln fila)</numerusform>
            <numerusform>%1: de media modifica la probabilidad en %2 puntos (%Ln filas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: mean absolute effect %2 points</source>
        <translation>%1: efecto absoluto medio de %2 puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dataset explained yet.</source>
        <translation>Aún no se ha explicado ningún conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ChartExport</name>
    <message>
        <location filename="../widgets/chart_export.cpp" line="+43"/>
        <source>Could not write %1: the folder may not exist or be read-only.</source>
        <translation>No se pudo escribir %1: es posible que la carpeta no exista o sea de solo lectura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a file name ending in .png or .svg (got %1).</source>
        <translation>Use un nombre de archivo terminado en .png o .svg (se indicó %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: the folder may not exist, be read-only or full.</source>
        <translation>No se pudo escribir %1: es posible que la carpeta no exista, sea de solo lectura o esté llena.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ClassMetricsModel</name>
    <message>
        <location filename="../widgets/class_metrics_model.cpp" line="+70"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ColumnSummaryPanel</name>
    <message>
        <location filename="../widgets/column_summary_panel.cpp" line="+37"/>
        <source>Number</source>
        <comment>column type</comment>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <comment>column type</comment>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/No</source>
        <comment>column type</comment>
        <translation>Sí/No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <comment>column type</comment>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date/time</source>
        <comment>column type</comment>
        <translation>Fecha/hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <comment>column type</comment>
        <translation>Vacía</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&amp;Target column:</source>
        <translation>Columna &amp;objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict.</source>
        <translation>La columna que el modelo aprende a predecir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a column</source>
        <translation>Elija una columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of the selected column</source>
        <translation>Distribución de la columna seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/number_text.cpp" line="+39"/>
        <source>%1 to %2</source>
        <comment>value range</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../widgets/column_summary_panel.cpp" line="+18"/>
        <source>—</source>
        <comment>no range</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <comment>missing share in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Untick to leave this column out of the features.</source>
        <translation>Desmarque esta casilla para excluir esta columna de las variables.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a column to see its distribution.</source>
        <translation>Seleccione una columna para ver su distribución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; holds dates or times: it is not used to predict.</source>
        <translation>«%1» contiene fechas u horas: no se usa para predecir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; identifies rows (its values all differ): it has no distribution and is not used to predict.</source>
        <translation>«%1» identifica filas (todos sus valores son distintos): no tiene distribución y no se usa para predecir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No distribution to show for &apos;%1&apos;.</source>
        <translation>No hay distribución que mostrar para «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of &apos;%1&apos;</source>
        <translation>Distribución de «%1»</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/confusion_matrix_view.cpp" line="+40"/>
        <location line="+155"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The confusion matrix appears after an evaluation.</source>
        <translation>La matriz de confusión aparece tras una evaluación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted</source>
        <translation>Predicho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Actual %1, predicted %2: %3 (%4 % of the actual %1 rows)</source>
        <translation>Real %1, predicho %2: %3 (%4 % de las filas reales %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>actual %1: %2</source>
        <translation>real %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation yet.</source>
        <translation>Aún no hay ninguna evaluación.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DataPage</name>
    <message>
        <location filename="../widgets/data_page.cpp" line="+176"/>
        <source>Reading file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+43"/>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by “%1”</source>
        <translation>separado por «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>encoding, separator</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/data_page.cpp" line="+40"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Abrir CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/data_page_file.cpp" line="+28"/>
        <source>Open CSV file</source>
        <translation>Abrir archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the file&apos;s rows</source>
        <translation>Vista previa de las filas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1  %2</source>
        <comment>recent file number, file name</comment>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files yet.</source>
        <translation>Aún no hay archivos recientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a recently used file.</source>
        <translation>Abrir un archivo usado recientemente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file open. Open a CSV file or drop one here.</source>
        <translation>No hay ningún archivo abierto. Abra un archivo CSV o suéltelo aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <comment>file name, row count, column count</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/data_page.cpp" line="+16"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Ready to train: %Ln row(s), target &apos;%1&apos;.</source>
        <translation>
            <numerusform>Listo para entrenar: %Ln fila, objetivo «%1».</numerusform>
            <numerusform>Listo para entrenar: %Ln filas, objetivo «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This file has %n error(s) and cannot be trained on. Fix them in the file and open it again.</source>
        <translation>
            <numerusform>Este archivo tiene %n error y no se puede usar para entrenar. Corríjalo en el archivo y vuelva a abrirlo.</numerusform>
            <numerusform>Este archivo tiene %n errores y no se puede usar para entrenar. Corríjalos en el archivo y vuelva a abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file to check whether it can be trained on.</source>
        <translation>Abra un archivo CSV para comprobar si se puede usar para entrenar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the target column, the one to predict.</source>
        <translation>Elija la columna objetivo, la que se va a predecir.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DemoPanel</name>
    <message>
        <location filename="../widgets/demo_panel.cpp" line="+97"/>
        <source>Fitness (workout type)</source>
        <translation>Actividad física (tipo de entrenamiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitals (risk level)</source>
        <translation>Constantes vitales (nivel de riesgo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (readmission)</source>
        <translation>Hospital (reingreso)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+29"/>
        <source>Start a demo federation</source>
        <translation>Iniciar una federación de demostración</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Runs a hub and %n site(s) on this computer with synthetic health data. No files needed.</source>
        <translation>
            <numerusform>Ejecuta un hub y %n centro en este equipo con datos de salud sintéticos. No se necesitan archivos.</numerusform>
            <numerusform>Ejecuta un hub y %n centros en este equipo con datos de salud sintéticos. No se necesitan archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;omain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ites:</source>
        <translation>&amp;Centros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strate&amp;gy:</source>
        <translation>&amp;Estrategia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;unds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds &amp;per round:</source>
        <translation>Segundos &amp;por ronda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per round at least</source>
        <translation>Segundos por ronda como mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds take a fraction of a second; each round lasts at least this long so that people can follow it. 0 runs at full speed.</source>
        <translation>Las rondas de la demo duran una fracción de segundo; cada ronda dura al menos esto para que se pueda seguir. 0 va a toda velocidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step &amp;by step</source>
        <translation>Paso a &amp;paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo starts paused and runs one round each time you click Next round, so that you can explain each round. Resume runs the remaining rounds by themselves.</source>
        <translation>La demo empieza en pausa y ejecuta una ronda cada vez que pulsa «Siguiente ronda», para que pueda explicar cada ronda. «Reanudar» ejecuta solas las rondas restantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo domain</source>
        <translation>Dominio de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which synthetic data the demo sites get: fitness, hospital or vitals records, different at every site.</source>
        <translation>Qué datos sintéticos reciben los centros de la demostración: registros de actividad física, hospitalarios o de constantes vitales, distintos en cada centro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many sites the demo starts on this computer.</source>
        <translation>Cuántos centros inicia la demostración en este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds the demo federation runs.</source>
        <translation>Cuántas rondas ejecuta la federación de demostración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Cómo combina el hub los modelos de los centros: FedAvg los pondera por filas; las estrategias robustas resisten a un centro que envía actualizaciones erróneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo sites</source>
        <translation>Centros de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds</source>
        <translation>Rondas de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo strategy</source>
        <translation>Estrategia de la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶ Start d&amp;emo</source>
        <translation>▶ &amp;Iniciar demostración</translation>
    </message>
</context>
<context>
    <name>cohort::ui::EvaluatePage</name>
    <message>
        <location filename="../widgets/evaluate_page.cpp" line="+243"/>
        <source>Choose a version and a labelled CSV file, then press Evaluate.</source>
        <translation>Elija una versión y un archivo CSV etiquetado y pulse Evaluar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No stored versions yet: train one first.</source>
        <translation>Aún no hay versiones guardadas: entrene una primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a version.</source>
        <translation>Elija una versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a labelled CSV file to score the model on.</source>
        <translation>Elija un archivo CSV etiquetado con el que puntuar el modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to evaluate</source>
        <translation>Versión que se va a evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version to test.</source>
        <translation>La versión guardada del modelo que se va a probar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled &amp;data:</source>
        <translation>&amp;Datos etiquetados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled data file</source>
        <translation>Archivo de datos etiquetados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file with the same columns as the training file, including the true classes, which the model has not been trained on.</source>
        <translation>Un archivo CSV con las mismas columnas que el archivo de entrenamiento, incluidas las clases verdaderas, con el que el modelo no se ha entrenado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the version on the file</source>
        <translation>Evaluar la versión con el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation in progress</source>
        <translation>Evaluación en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline accuracy</source>
        <translation>Exactitud de referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy of always answering the most common class</source>
        <translation>Exactitud al responder siempre la clase más frecuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix (colour: share of each actual class)</source>
        <translation>Matriz de confusión (color: proporción de cada clase real)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC curves</source>
        <translation>Curvas ROC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class precision, recall and F1</source>
        <translation>Precisión, exhaustividad y F1 por clase</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainDatasetPanel</name>
    <message numerus="yes">
        <location filename="../widgets/explain_dataset_panel.cpp" line="+196"/>
        <source>How much each column moves the chance of %1, over %Ln row(s).</source>
        <translation>
            <numerusform>Cuánto modifica cada columna la probabilidad de %1, en %Ln fila.</numerusform>
            <numerusform>Cuánto modifica cada columna la probabilidad de %1, en %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Explain the dataset to see which columns matter most.</source>
        <translation>Pulse Explicar el conjunto de datos para ver qué columnas influyen más.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>No dataset explained yet.</source>
        <translation>Aún no se ha explicado ningún conjunto de datos.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Mean |SHAP|</source>
        <translation>|SHAP| medio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean |SHAP| (percentage points)</source>
        <translation>|SHAP| medio (puntos porcentuales)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No numeric column to plot.</source>
        <translation>No hay ninguna columna numérica que representar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+25"/>
        <location line="+54"/>
        <source>SHAP value (points)</source>
        <translation>Valor SHAP (puntos)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importance: mean effect of each column</source>
        <translation>Importancia: efecto medio de cada columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on every row (SHAP beeswarm)</source>
        <translation>Efecto en cada fila (enjambre SHAP o beeswarm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lumn:</source>
        <translation>Co&amp;lumna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column for the dependence chart</source>
        <translation>Columna del gráfico de dependencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column whose values the dependence chart puts along its axis, against their effect on the prediction.</source>
        <translation>La columna cuyos valores sitúa el gráfico de dependencia en su eje, frente a su efecto en la predicción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute SHAP value of each column</source>
        <translation>Valor SHAP absoluto medio de cada columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP value against the column&apos;s value</source>
        <translation>Valor SHAP frente al valor de la columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Mean |SHAP| (points)</source>
        <translation>|SHAP| medio (puntos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature value rank (0–1)</source>
        <translation>Posición relativa del valor de la variable (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importance</source>
        <translation>importancia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beeswarm</source>
        <translation>enjambre (beeswarm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dependence</source>
        <translation>dependencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values behind this chart as a CSV file</source>
        <translation>Guardar los valores de este gráfico como archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the %1 values as CSV</source>
        <translation>Exportar los valores de %1 como CSV</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainFormat</name>
    <message>
        <location filename="../widgets/explain_format.cpp" line="+51"/>
        <source>missing</source>
        <comment>a value the row does not have</comment>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (“%1”)</source>
        <comment>a value the model could not read</comment>
        <translation>sin valor («%1»)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainPage</name>
    <message>
        <location filename="../widgets/explain_page.cpp" line="+237"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Type numbers like %2, or leave a field empty if the value is unknown.</source>
        <translation>%1
Escriba números como %2 o deje un campo vacío si el valor es desconocido.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Train a model first: there is no stored version to explain.</source>
        <translation>Entrene primero un modelo: no hay ninguna versión guardada que explicar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Abra primero un archivo CSV en la página Datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain every row of the loaded file</source>
        <translation>Explicar todas las filas del archivo cargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the columns of the chosen version…</source>
        <translation>Leyendo las columnas de la versión elegida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the chosen row&apos;s prediction</source>
        <translation>Explicar la predicción de la fila elegida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to explain</source>
        <translation>Versión que se va a explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version whose predictions are explained.</source>
        <translation>La versión guardada del modelo cuyas predicciones se explican.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored versions yet</source>
        <translation>Aún no hay versiones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Row:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row of the loaded file to explain</source>
        <translation>Fila del archivo cargado que se va a explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row 1 is the first row after the header, as on the Data page.</source>
        <translation>La fila 1 es la primera fila después del encabezado, como en la página Datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %Ln row(s) in %1</source>
        <translation>
            <numerusform>de %Ln fila en %1</numerusform>
            <numerusform>de %Ln filas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV file on the Data page</source>
        <translation>Abra un archivo CSV en la página Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type values…</source>
        <translation>&amp;Introducir valores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the values of a row instead</source>
        <translation>Introducir en su lugar los valores de una fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background rows:</source>
        <translation>Filas de &amp;referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of background rows</source>
        <translation>Número de filas de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file that stand for &quot;average&quot; data: more rows give steadier values but take longer</source>
        <translation>Filas del archivo que representan los datos «promedio»: con más filas, los valores son más estables, pero se tarda más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP method</source>
        <translation>Método SHAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact tries every subset of columns (slow with many columns); Kernel SHAP estimates the values and shows their error</source>
        <translation>Exacto prueba todos los subconjuntos de columnas (lento con muchas columnas); Kernel SHAP estima los valores y muestra su error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain row</source>
        <translation>&amp;Explicar fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain row</source>
        <translation>Explicar fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the &amp;dataset</source>
        <translation>Explicar el &amp;conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the dataset</source>
        <translation>Explicar el conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the explanation</source>
        <translation>Cancelar la explicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation progress</source>
        <translation>Progreso de la explicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation results</source>
        <translation>Resultados de la explicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One row</source>
        <translation>&amp;Una fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole dataset</source>
        <translation>&amp;Todo el conjunto de datos</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainRowPanel</name>
    <message>
        <location filename="../widgets/explain_row_panel.cpp" line="+175"/>
        <source>Explain a row to read here which columns weighed most.</source>
        <translation>Explique una fila para ver aquí qué columnas han pesado más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each column moved the prediction</source>
        <translation>Cómo ha modificado cada columna la predicción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How each column moved the chance of %1</source>
        <translation>Cómo ha modificado cada columna la probabilidad de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 raised the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 aumentó la probabilidad de %2 en %n punto</numerusform>
            <numerusform>%1 aumentó la probabilidad de %2 en %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 redujo la probabilidad de %2 en %n punto</numerusform>
            <numerusform>%1 redujo la probabilidad de %2 en %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 raised it by %n point(s)</source>
        <translation>
            <numerusform>%1 la aumentó en %n punto</numerusform>
            <numerusform>%1 la aumentó en %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered it by %n point(s)</source>
        <translation>
            <numerusform>%1 la redujo en %n punto</numerusform>
            <numerusform>%1 la redujo en %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column moved the chance of %1 by a whole percentage point.</source>
        <translation>Ninguna columna modificó la probabilidad de %1 en al menos un punto porcentual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <comment>end of the list of reasons</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exact Shapley values</source>
        <translation>valores de Shapley exactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel SHAP estimate</source>
        <translation>estimación de Kernel SHAP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Explain the chance o&amp;f:</source>
        <translation>Explicar la probabilidad &amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class whose chance is explained</source>
        <translation>Clase cuya probabilidad se explica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the columns moved the chance of another class</source>
        <translation>Mostrar cómo han modificado las columnas la probabilidad de otra clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons</source>
        <translation>Motivos principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons in words</source>
        <translation>Motivos principales explicados con palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution of each column</source>
        <translation>Contribución de cada columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect (points)</source>
        <translation>Efecto (puntos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± Error</source>
        <translation>± Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effect: how many percentage points the column added to or took from the chance. Error: the standard error of a Kernel SHAP estimate (0 for exact values).</source>
        <translation>Efecto: cuántos puntos porcentuales sumó o restó la columna a la probabilidad. Error: el error estándar de una estimación de Kernel SHAP (0 para los valores exactos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was explained</source>
        <translation>Qué se ha explicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No row explained yet</source>
        <translation>Aún no se ha explicado ninguna fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a row or type values, then press Explain row.</source>
        <translation>Elija una fila o introduzca valores y pulse Explicar fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted: %1, %2%</source>
        <translation>Predicción: %1, %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 with %2 (%3)</source>
        <translation>Fila %1 con %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed-in values with %1 (%2)</source>
        <translation>Valores introducidos con %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1; %n value(s) missing, filled in as in training</source>
        <translation>
            <numerusform>%1; falta %n valor, rellenado como en el entrenamiento</numerusform>
            <numerusform>%1; faltan %n valores, rellenados como en el entrenamiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::FederationPage</name>
    <message>
        <location filename="../widgets/federation_page.cpp" line="+154"/>
        <source>After round %1:</source>
        <translation>Tras la ronda %1:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Host</source>
        <translation>Alojar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer to peer</source>
        <translation>Entre pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the hub on this computer; sites connect to it</source>
        <translation>Ejecutar el hub en este equipo; los centros se conectan a él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take part with this computer&apos;s data in a hub&apos;s rounds</source>
        <translation>Participar con los datos de este equipo en las rondas de un hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train with neighbours directly, without a hub</source>
        <translation>Entrenar directamente con los vecinos, sin hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to start a federation</source>
        <translation>Formas de iniciar una federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation state: %1</source>
        <translation>Estado de la federación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume rounds</source>
        <translation>Reanudar las rondas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after this round</source>
        <translation>Pausar después de esta ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the next round, then pause</source>
        <translation>Ejecutar la siguiente ronda y después pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While paused: runs one round, then pauses again (a running round finishes first).</source>
        <translation>En pausa: ejecuta una ronda y vuelve a pausar (una ronda en curso termina primero).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the federation</source>
        <translation>Detener la federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took part in each round. Hover over a cell for details.</source>
        <translation>Quién participó en cada ronda. Pase el puntero sobre una celda para ver los detalles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global loss and accuracy</source>
        <translation>Pérdida y exactitud globales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site</source>
        <translation>Exactitud por centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federation log</source>
        <translation>Registro de la federación</translation>
    </message>
</context>
<context>
    <name>cohort::ui::FilePathField</name>
    <message>
        <location filename="../widgets/file_path_field.cpp" line="+76"/>
        <source>Choose a CSV file.</source>
        <translation>Elija un archivo CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Ruta a un archivo .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file in a dialog</source>
        <translation>Elegir el archivo en un cuadro de diálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::GlobalMetricsChart</name>
    <message>
        <location filename="../widgets/global_metrics_chart.cpp" line="+122"/>
        <location line="+6"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: always the most common class</source>
        <translation>Referencia: siempre la clase más frecuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global loss and accuracy per round</source>
        <translation>Pérdida y exactitud globales por ronda</translation>
    </message>
</context>
<context>
    <name>cohort::ui::HostForm</name>
    <message>
        <location filename="../widgets/host_form.cpp" line="+181"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minimum sites:</source>
        <translation>&amp;Mínimo de centros:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled &amp;fraction:</source>
        <translation>&amp;Fracción muestreada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Estrategia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deadline:</source>
        <translation>Pla&amp;zo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Columns from:</source>
        <translation>&amp;Columnas de:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target column:</source>
        <translation>Columna &amp;objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum sites</source>
        <translation>Mínimo de centros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled fraction</source>
        <translation>Fracción muestreada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns file</source>
        <translation>Archivo de columnas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to leave out</source>
        <translation>Columnas que excluir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file with the federation&apos;s columns; the hub reads its header, types and classes and trains on nothing.</source>
        <translation>Un archivo CSV con las columnas de la federación; el hub lee su encabezado, sus tipos y sus clases, pero no entrena con ningún dato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the connected sites asked to train in each round</source>
        <translation>Proporción de los centros conectados a los que se pide entrenar en cada ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port the hub listens on; sites connect to this machine&apos;s address and this port.</source>
        <translation>El puerto TCP en el que escucha el hub; los centros se conectan a la dirección de este equipo y a este puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many rounds the federation runs; each round stores a model version.</source>
        <translation>Cuántas rondas ejecuta la federación; cada ronda guarda una versión del modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first round starts once this many sites have joined.</source>
        <translation>La primera ronda empieza cuando se ha unido este número de centros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Cómo combina el hub los modelos de los centros: FedAvg los pondera por filas; las estrategias robustas resisten a un centro que envía actualizaciones erróneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column the model learns to predict; every site&apos;s file must have it.</source>
        <translation>La columna que el modelo aprende a predecir; el archivo de cada centro debe tenerla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a round waits for sites before it drops the late ones</source>
        <translation>Tiempo que espera una ronda a los centros antes de descartar los que se retrasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>p. ej., workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. patient_id, ward</source>
        <translation>p. ej. patient_id, planta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file that the model must not learn from, separated by commas (an ID, a column that gives the answer away). Sites keep them in their files; the federation ignores them.</source>
        <translation>Columnas del archivo de las que el modelo no debe aprender, separadas por comas (un identificador, una columna que delata la respuesta). Los centros las conservan en sus archivos; la federación las ignora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host federation</source>
        <translation>A&amp;lojar federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host federation</source>
        <translation>Alojar federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the sites</source>
        <translation>Facilite a los centros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join code:</source>
        <translation>Código de &amp;acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy join code</source>
        <translation>Copiar el código de acceso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the column the model should predict.</source>
        <translation>Indique la columna que debe predecir el modelo.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::JoinForm</name>
    <message>
        <location filename="../widgets/join_form.cpp" line="+74"/>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del hub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join &amp;code:</source>
        <translation>&amp;Código de acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Nuestro &amp;archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hub.example.org:7400</source>
        <translation>hub.example.org:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As given by the hub</source>
        <translation>Tal como lo indica el hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our data file</source>
        <translation>Nuestro archivo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows stay on this computer; only model updates and summary statistics are sent.</source>
        <translation>Las filas permanecen en este equipo; solo se envían las actualizaciones del modelo y estadísticas resumidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. clinic-a</source>
        <translation>p. ej., clinica-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s address and port, as the host shows them.</source>
        <translation>La dirección y el puerto del hub, tal como los muestra el anfitrión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the host shows; without it the hub refuses the site.</source>
        <translation>El código que muestra el anfitrión; sin él, el hub rechaza el centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this site appears to the hub and the other sites; it starts as this computer&apos;s name.</source>
        <translation>Cómo aparece este centro ante el hub y los demás centros; al principio es el nombre de este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join federation</source>
        <translation>&amp;Unirse a la federación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join federation</source>
        <translation>Unirse a la federación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the hub as host:port, for example hub.example.org:7400.</source>
        <translation>Introduzca el hub como host:puerto, por ejemplo hub.example.org:7400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the join code the hub shows.</source>
        <translation>Introduzca el código de acceso que muestra el hub.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the CSV file with this site&apos;s rows.</source>
        <translation>Elija el archivo CSV con las filas de este centro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this site a name the hub can show.</source>
        <translation>Asigne a este centro un nombre que el hub pueda mostrar.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.cpp" line="+58"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ModelsPage</name>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="+18"/>
        <source>Delete stored models</source>
        <translation>Eliminar modelos guardados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export model version</source>
        <translation>Exportar versión del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel)</source>
        <translation>Modelo de Cohort (*.cohortmodel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import model version</source>
        <translation>Importar versión del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel);;All files (*)</source>
        <translation>Modelo de Cohort (*.cohortmodel);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete the run “%1” with all its %n versions? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la ejecución «%1» con su %n versión? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la ejecución «%1» con todas sus %n versiones? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+182"/>
        <source>All origins</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Two versions selected. Press Compare to see them side by side.</source>
        <translation>Dos versiones seleccionadas. Pulse Comparar para verlas una junto a otra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored versions yet. Train a model or run a federation, or import a .cohortmodel file.</source>
        <translation>Aún no hay versiones guardadas. Entrene un modelo, ejecute una federación o importe un archivo .cohortmodel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a version to see its details. Select two to compare them.</source>
        <translation>Seleccione una versión para ver sus detalles. Seleccione dos para compararlas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n versions selected. Select one for its details, or two to compare them.</source>
        <translation>
            <numerusform>%n versión seleccionada. Seleccione una para ver sus detalles o dos para compararlas.</numerusform>
            <numerusform>%n versiones seleccionadas. Seleccione una para ver sus detalles o dos para compararlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="-16"/>
        <source>Delete version %1 (%2)? This cannot be undone.</source>
        <translation>¿Eliminar la versión %1 (%2)? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+75"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, origin or target</source>
        <translation>Nombre, origen u objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter versions</source>
        <translation>Filtrar versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the versions whose name, origin or target contains this text.</source>
        <translation>Muestra solo las versiones cuyo nombre, origen u objetivo contiene este texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only versions trained locally, centrally or in a federation.</source>
        <translation>Muestra solo las versiones entrenadas en local, de forma centralizada o en una federación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Stored versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version details</source>
        <translation>Detalles de la versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version active</source>
        <translation>Activar la versión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two selected versions</source>
        <translation>Comparar las dos versiones seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected version to a file</source>
        <translation>Exportar la versión seleccionada a un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a version from a file</source>
        <translation>Importar una versión desde un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete version…</source>
        <translation>&amp;Eliminar versión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;run…</source>
        <translation>Eliminar e&amp;jecución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every version of the selected run</source>
        <translation>Eliminar todas las versiones de la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes all rounds of the selected federation run</source>
        <translation>Elimina todas las rondas de la ejecución federada seleccionada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the selected version</source>
        <translation>Eliminar la versión seleccionada</translation>
    </message>
</context>
<context>
    <name>cohort::ui::PeerForm</name>
    <message>
        <location filename="../widgets/peer_form.cpp" line="+94"/>
        <source>&amp;Listen on port:</source>
        <translation>&amp;Puerto de escucha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbours:</source>
        <translation>&amp;Vecinos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Nuestro &amp;archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target column:</source>
        <translation>Columna &amp;objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, host:port, …</source>
        <translation>host:puerto, host:puerto, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers to connect to, separated by commas. Leave empty when the others connect to this peer.</source>
        <translation>Pares a los que conectarse, separados por comas. Déjelo vacío si son los demás quienes se conectan a este par.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our data file</source>
        <translation>Nuestro archivo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>p. ej., workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds of training and averaging with the neighbours.</source>
        <translation>Cuántas rondas de entrenamiento y promediado con los vecinos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port other peers connect to on this computer.</source>
        <translation>El puerto TCP al que se conectan otros pares en este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict; every peer&apos;s file must have it.</source>
        <translation>La columna que el modelo aprende a predecir; el archivo de cada par debe tenerla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows stay on this computer; only model updates are sent to the neighbours.</source>
        <translation>Las filas permanecen en este equipo; solo se envían las actualizaciones del modelo a los vecinos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start peer</source>
        <translation>&amp;Iniciar par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start peer</source>
        <translation>Iniciar par</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not host:port. Separate neighbours with commas.</source>
        <translation>«%1» no tiene el formato host:puerto. Separe los vecinos con comas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CSV file with this peer&apos;s rows.</source>
        <translation>Elija el archivo CSV con las filas de este par.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the column the model should predict.</source>
        <translation>Indique la columna que debe predecir el modelo.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RocChartView</name>
    <message>
        <location filename="../widgets/roc_chart_view.cpp" line="+100"/>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC curves, one per class</source>
        <translation>Curvas ROC, una por clase</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RoundTimelineView</name>
    <message>
        <location filename="../widgets/round_timeline_view.cpp" line="+29"/>
        <location line="+239"/>
        <source>Round timeline</source>
        <translation>Cronología de rondas</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sampled</source>
        <translation>no seleccionado</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rounds appear here as they finish.</source>
        <translation>Las rondas aparecen aquí a medida que terminan.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Round %1, %2: %3</source>
        <translation>Ronda %1, %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rounds yet.</source>
        <translation>Aún no hay rondas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n round(s); last round %1: %2 answered, %3 dropped.</source>
        <translation>
            <numerusform>%n ronda; última ronda %1: %2 respondieron, %3 descartados.</numerusform>
            <numerusform>%n rondas; última ronda %1: %2 respondieron, %3 descartados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteAccuracyChart</name>
    <message>
        <location filename="../widgets/site_accuracy_chart.cpp" line="+121"/>
        <source>Global model</source>
        <translation>Modelo global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site and round</source>
        <translation>Exactitud por centro y ronda</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteState</name>
    <message>
        <location filename="../widgets/site_table_model.cpp" line="+23"/>
        <source>joined</source>
        <translation>unido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluating</source>
        <translation>evaluando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>salió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sampled</source>
        <extracomment>A site connected to the hub that was not chosen to train in the last round.</extracomment>
        <translation>no seleccionado</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteTableModel</name>
    <message>
        <location line="+66"/>
        <source>%1 is not taking part in rounds right now; it comes back when it reconnects.</source>
        <translation>%1 no participa en las rondas en este momento; volverá cuando se reconecte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name, as it joined</source>
        <translation>El nombre del centro, tal como se unió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the site did in the last round</source>
        <translation>Lo que hizo el centro en la última ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the site trains on</source>
        <translation>Filas con las que entrena el centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The global model&apos;s accuracy on the site&apos;s held-out rows</source>
        <translation>La exactitud del modelo global en las filas reservadas del centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the site took for its part of the last round</source>
        <translation>Cuánto tardó el centro en su parte de la última ronda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the site last reported</source>
        <translation>Cuándo informó el centro por última vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
</context>
<context>
    <name>cohort::ui::Strategy</name>
    <message>
        <location filename="../widgets/form_fields.cpp" line="+26"/>
        <source>FedAvg</source>
        <translation>FedAvg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FedProx</source>
        <translation>FedProx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FedAdam</source>
        <translation>FedAdam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FedYogi</source>
        <translation>FedYogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FedAdagrad</source>
        <translation>FedAdagrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Media recortada</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TrainPage</name>
    <message numerus="yes">
        <location filename="../widgets/train_page.cpp" line="+31"/>
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+175"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training</source>
        <translation>Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training</source>
        <translation>Detener el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The curves appear here while the model trains.</source>
        <translation>Las curvas aparecen aquí mientras se entrena el modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (lower is better)</source>
        <translation>Pérdida (cuanto menor, mejor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per epoch</source>
        <translation>Pérdida por época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (higher is better)</source>
        <translation>Exactitud (cuanto mayor, mejor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per epoch</source>
        <translation>Exactitud por época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport loss chart…</source>
        <translation>Exportar gráfico de &amp;pérdida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the loss chart</source>
        <translation>Exportar el gráfico de pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export acc&amp;uracy chart…</source>
        <translation>Exportar gráfico de exac&amp;titud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the accuracy chart</source>
        <translation>Exportar el gráfico de exactitud</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Abra primero un archivo CSV en la página Datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the hidden layers under Advanced settings.</source>
        <translation>Corrija las capas ocultas en Configuración avanzada.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>Se completó %n época en %1.</numerusform>
            <numerusform>Se completaron %n épocas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epoch %1 of %2 — about %3 left</source>
        <translation>Época %1 de %2 — quedan unos %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training failed: %1</source>
        <translation>Error en el entrenamiento: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after epoch %n; nothing was saved.</source>
        <translation>
            <numerusform>Detenido tras la época %n; no se guardó nada.</numerusform>
            <numerusform>Detenido tras la época %n; no se guardó nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first epoch finished; nothing was saved.</source>
        <translation>Detenido antes de terminar la primera época; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TrainResultCard</name>
    <message>
        <location filename="../widgets/train_result_card.cpp" line="+19"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority baseline</source>
        <translation>Referencia de la clase mayoritaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of held-out rows the model predicted correctly.</source>
        <translation>Proporción de filas reservadas que el modelo predijo correctamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 averaged over classes, so rare classes count as much as common ones (0 to 1).</source>
        <translation>F1 promediado entre clases, de modo que las clases poco frecuentes cuentan tanto como las comunes (de 0 a 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the model ranks positive above negative rows (0.5 is chance, 1 is perfect).</source>
        <translation>Grado en que el modelo sitúa las filas positivas por encima de las negativas (0,5 es azar, 1 es perfecto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy of always guessing the most common value; the model should beat it.</source>
        <translation>Exactitud al predecir siempre el valor más frecuente; el modelo debería superarla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training result</source>
        <translation>Resultado del entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: predicting &apos;%1&apos;</source>
        <translation>Resultado: predicción de «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <comment>not available</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as model version %1.</source>
        <translation>Guardado como versión del modelo %1.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TrainSettingsForm</name>
    <message>
        <location filename="../widgets/train_settings_form.cpp" line="+39"/>
        <source>Quick</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small network and few epochs: a first look in seconds.</source>
        <translation>Una red pequeña y pocas épocas: una primera aproximación en segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good default for most files.</source>
        <translation>Una buena opción predeterminada para la mayoría de los archivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thorough</source>
        <translation>Exhaustivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger network trained for longer: slower, sometimes better.</source>
        <translation>Una red más grande entrenada durante más tiempo: más lento, a veces mejor.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training preset</source>
        <translation>Perfil de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>Configuración &amp;avanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden layers:</source>
        <translation>&amp;Capas ocultas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Weight decay:</source>
        <translation>Deca&amp;imiento de pesos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 64,32</source>
        <translation>p. ej., 64,32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per hidden layer, separated by commas.</source>
        <translation>Unidades por capa oculta, separadas por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times training goes through the whole file.</source>
        <translation>Número de veces que el entrenamiento recorre todo el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed and data give the same model.</source>
        <translation>La misma semilla y los mismos datos producen el mismo modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick trains a small model in seconds; Thorough a larger one for longer. Custom keeps your own settings.</source>
        <translation>Rápido entrena un modelo pequeño en segundos; Exhaustivo, uno más grande durante más tiempo. Personalizado conserva su propia configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big each training step is: too high and training jumps around, too low and it crawls.</source>
        <translation>El tamaño de cada paso de entrenamiento: si es demasiado alto, el entrenamiento da saltos; si es demasiado bajo, avanza muy despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per training step. Larger batches are smoother and faster per row.</source>
        <translation>Filas por paso de entrenamiento. Los lotes más grandes son más estables y más rápidos por fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of units switched off at random while training, so the model does not learn the rows by heart (0 = none).</source>
        <translation>Proporción de unidades que se desactivan al azar durante el entrenamiento, para que el modelo no memorice las filas (0 = ninguna).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the weights small, another guard against learning the rows by heart (0 = none).</source>
        <translation>Mantiene pequeños los pesos, otra protección para que el modelo no memorice las filas (0 = ninguno).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write up to %1 whole numbers from 1 to %2, separated by commas, e.g. 64,32.</source>
        <translation>Escriba hasta %1 números enteros del 1 al %2, separados por comas, p. ej., 64,32.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your own settings, under Advanced settings.</source>
        <translation>Su propia configuración, en Configuración avanzada.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TypedValuesForm</name>
    <message>
        <location filename="../widgets/typed_values_form.cpp" line="+157"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Typed values</source>
        <translation>Valores introducidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>missing</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number, e.g. %1.</source>
        <translation>Un número, p. ej., %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number, e.g. %1. The model was trained on %2; values beyond that count as the nearest end.</source>
        <translation>Un número, p. ej., %1. El modelo se entrenó con %2; los valores fuera de ese rango cuentan como el extremo más cercano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it empty if it is unknown: the model fills it in as it did for missing cells in training.</source>
        <translation>Déjelo vacío si es desconocido: el modelo lo rellenará como hizo con las celdas vacías durante el entrenamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(missing)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the values the model knows for %1, or (missing): the model then fills it in as it did for missing cells in training.</source>
        <translation>Uno de los valores que el modelo conoce para %1, o (sin valor): el modelo lo rellenará entonces como hizo con las celdas vacías durante el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::UserGuideDialog</name>
    <message>
        <location filename="../widgets/user_guide.cpp" line="+63"/>
        <source>Cohort user guide</source>
        <translation>Guía de uso de Cohort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation</source>
        <translation>Federación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;Open a CSV file (or drop it on the window). Cohort reads it, guesses each column&apos;s kind (number, yes/no, category, identifier, date/time) and checks it. &lt;b&gt;Errors&lt;/b&gt; (a row with too many fields, text in a number column) must be fixed before training; &lt;b&gt;warnings&lt;/b&gt; (missing values, extreme values, a Latin-1 file) are handled for you and listed so that you know. Click a problem to see its cell. Row 1 is the first row after the header; the file&apos;s line is given beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target&lt;/b&gt;: the column the model learns to predict. &lt;b&gt;Features&lt;/b&gt;: the columns it learns from; untick a column to leave it out. Identifier and date/time columns are never used as features.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Datos&lt;/h3&gt;&lt;p&gt;Abra un archivo CSV (o arrástrelo a la ventana). Cohort lo lee, deduce el tipo de cada columna (número, sí/no, categoría, identificador, fecha/hora) y lo comprueba. Los &lt;b&gt;errores&lt;/b&gt; (una fila con demasiados campos, texto en una columna numérica) deben corregirse antes de entrenar; las &lt;b&gt;advertencias&lt;/b&gt; (valores que faltan, valores extremos, un archivo Latin-1) se tratan por usted y se listan para que lo sepa. Pulse un problema para ver su celda. La fila 1 es la primera fila tras el encabezado; la línea del archivo se indica al lado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objetivo&lt;/b&gt;: la columna que el modelo aprende a predecir. &lt;b&gt;Variables&lt;/b&gt;: las columnas de las que aprende; desmarque una columna para excluirla. Las columnas de identificadores y de fecha/hora nunca se usan como variables.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h3&gt;Federation&lt;/h3&gt;&lt;p&gt;Sites train together without sharing rows: only model updates travel. &lt;b&gt;Host&lt;/b&gt; runs the hub that sites join with its address and &lt;b&gt;join code&lt;/b&gt;; &lt;b&gt;Join&lt;/b&gt; takes part as a site with your own file; &lt;b&gt;Peer to peer&lt;/b&gt; runs without a hub; &lt;b&gt;Start demo&lt;/b&gt; runs a hub and simulated sites on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounds&lt;/b&gt;: how many times the sites train and the hub combines.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Minimum sites&lt;/b&gt;: sites needed before a round starts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sampled fraction&lt;/b&gt;: the share of sites asked in each round.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deadline&lt;/b&gt;: how long a round waits for a site; a late site misses that round only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: how updates are combined. FedAvg averages them by rows; FedProx keeps sites near the global model; FedAdam, FedYogi and FedAdagrad add a server optimiser; median and trimmed mean resist a broken site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seconds per round&lt;/b&gt; (demo): slows rounds so that people can follow them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Step by step&lt;/b&gt; (demo): the demo waits, and &lt;b&gt;Next round&lt;/b&gt; runs one round at a time; &lt;b&gt;Resume&lt;/b&gt; runs the rest.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The dotted line on the chart is the majority baseline: a model on that line is no better than always answering the most common class. The card at the end says so in words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Federación&lt;/h3&gt;&lt;p&gt;Los centros entrenan juntos sin compartir filas: solo viajan actualizaciones del modelo. &lt;b&gt;Alojar&lt;/b&gt; inicia el hub al que los centros se unen con su dirección y el &lt;b&gt;código de acceso&lt;/b&gt;; &lt;b&gt;Unirse&lt;/b&gt; participa como centro con su propio archivo; &lt;b&gt;Entre pares&lt;/b&gt; funciona sin hub; &lt;b&gt;Iniciar demo&lt;/b&gt; inicia un hub y centros simulados en este ordenador.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rondas&lt;/b&gt;: cuántas veces entrenan los centros y combina el hub.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Centros mínimos&lt;/b&gt;: centros necesarios para empezar una ronda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fracción muestreada&lt;/b&gt;: la parte de los centros consultados en cada ronda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plazo&lt;/b&gt;: cuánto espera una ronda a un centro; un centro tardío solo pierde esa ronda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Estrategia&lt;/b&gt;: cómo se combinan las actualizaciones. FedAvg las promedia por filas; FedProx mantiene los centros cerca del modelo global; FedAdam, FedYogi y FedAdagrad añaden un optimizador en el servidor; la mediana y la media recortada resisten a un centro defectuoso.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Segundos por ronda&lt;/b&gt; (demo): ralentiza las rondas para que se puedan seguir.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Paso a paso&lt;/b&gt; (demo): la demo espera, y &lt;b&gt;Siguiente ronda&lt;/b&gt; ejecuta una ronda cada vez; &lt;b&gt;Reanudar&lt;/b&gt; ejecuta el resto.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La línea de puntos del gráfico es la referencia mayoritaria: un modelo sobre esa línea no es mejor que responder siempre la clase más frecuente. La tarjeta final lo dice con palabras.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h3&gt;Models&lt;/h3&gt;&lt;p&gt;Every trained model and every federated round is a &lt;b&gt;version&lt;/b&gt; in the registry, with its settings and test figures. A federation &lt;b&gt;run&lt;/b&gt; is one row: open it to see each round. Make a version &lt;b&gt;active&lt;/b&gt; to use it by default, &lt;b&gt;compare&lt;/b&gt; two versions (the rows that differ are marked), export one to a file or import one, delete a version or a whole run.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Modelos&lt;/h3&gt;&lt;p&gt;Cada modelo entrenado y cada ronda federada es una &lt;b&gt;versión&lt;/b&gt; del registro, con sus ajustes y resultados de prueba. Una &lt;b&gt;ejecución&lt;/b&gt; federada es una fila: ábrala para ver cada ronda. Haga &lt;b&gt;activa&lt;/b&gt; una versión para usarla por defecto, &lt;b&gt;compare&lt;/b&gt; dos versiones (las filas que difieren se marcan), exporte una a un archivo o importe una, elimine una versión o una ejecución entera.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&lt;h3&gt;Train&lt;/h3&gt;&lt;p&gt;Trains a model on the open file: 70% of the rows to learn, 15% to stop at the best epoch, 15% to test.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the training rows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batch size&lt;/b&gt;: rows per learning step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how big each step is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hidden layers&lt;/b&gt;: the size of the network.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The result is compared with the &lt;b&gt;majority baseline&lt;/b&gt;, always answering the most common class. &lt;b&gt;Balanced accuracy&lt;/b&gt; is the mean of the classes&apos; hit rates: a model that ignores a rare class gets no credit for it. The verdict names a class the model misses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entrenar&lt;/h3&gt;&lt;p&gt;Entrena un modelo con el archivo abierto: el 70 % de las filas para aprender, el 15 % para parar en la mejor época y el 15 % para probar.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Épocas&lt;/b&gt;: pasadas por las filas de entrenamiento.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tamaño de lote&lt;/b&gt;: filas por paso de aprendizaje.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tasa de aprendizaje&lt;/b&gt;: el tamaño de cada paso.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Capas ocultas&lt;/b&gt;: el tamaño de la red.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;El resultado se compara con la &lt;b&gt;referencia mayoritaria&lt;/b&gt;: responder siempre la clase más frecuente. La &lt;b&gt;exactitud equilibrada&lt;/b&gt; es la media de las tasas de acierto de las clases: un modelo que ignora una clase rara no gana nada con ello. El veredicto nombra una clase que el modelo falla.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h3&gt;Evaluate&lt;/h3&gt;&lt;p&gt;Scores a version on a labelled CSV file (it must hold the column the model predicts). The &lt;b&gt;confusion matrix&lt;/b&gt; shows, for each true class, what the model answered; the &lt;b&gt;ROC curve&lt;/b&gt; shows how well it ranks cases. With few rows the figures are uncertain: the verdict then gives a range.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evaluar&lt;/h3&gt;&lt;p&gt;Puntúa una versión con un archivo CSV etiquetado (debe tener la columna que el modelo predice). La &lt;b&gt;matriz de confusión&lt;/b&gt; muestra, para cada clase verdadera, qué respondió el modelo; la &lt;b&gt;curva ROC&lt;/b&gt; muestra lo bien que ordena los casos. Con pocas filas las cifras son inciertas: el veredicto da entonces un intervalo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Explain&lt;/h3&gt;&lt;p&gt;Shows why the model answered what it did, per column, as &lt;b&gt;Shapley values&lt;/b&gt;: how much each column pushed the predicted probability up or down from the &lt;b&gt;base value&lt;/b&gt;, the average prediction over the &lt;b&gt;background rows&lt;/b&gt; (rows of your file the model is compared against). &lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;exact&lt;/i&gt; tries every combination of columns (up to 12 columns); &lt;i&gt;sampling&lt;/i&gt; (Kernel SHAP) estimates them for more columns. Explain one row, or the whole file to see which columns matter most.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Explicar&lt;/h3&gt;&lt;p&gt;Muestra, columna a columna, por qué respondió así el modelo, como &lt;b&gt;valores de Shapley&lt;/b&gt;: cuánto subió o bajó cada columna la probabilidad predicha desde el &lt;b&gt;valor base&lt;/b&gt;, la predicción media sobre las &lt;b&gt;filas de fondo&lt;/b&gt; (filas de su archivo con las que se compara el modelo). &lt;b&gt;Método&lt;/b&gt;: &lt;i&gt;exacto&lt;/i&gt; prueba cada combinación de columnas (hasta 12 columnas); &lt;i&gt;muestreo&lt;/i&gt; (Kernel SHAP) las estima para más columnas. Explique una fila, o todo el archivo para ver qué columnas importan más.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionCompareView</name>
    <message>
        <location filename="../widgets/version_compare_view.cpp" line="+188"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Score (0 to 1)</source>
        <translation>Puntuación (de 0 a 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties of both versions</source>
        <translation>Propiedades de ambas versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in bold on a tinted background differ between the two versions.</source>
        <translation>Las filas en negrita sobre fondo coloreado difieren entre las dos versiones.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accuracy, macro F1 and ROC AUC of both versions</source>
        <translation>Exactitud, F1 macro y ROC AUC de ambas versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back to details</source>
        <translation>Volver a los detalles</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionTableModel</name>
    <message>
        <location filename="../widgets/version_table_model.cpp" line="+50"/>
        <source>local</source>
        <comment>model origin</comment>
        <translation>local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centralized</source>
        <comment>model origin</comment>
        <translation>centralizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federated</source>
        <comment>model origin</comment>
        <translation>federado</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1: %n rounds, versions %2 to %3. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</source>
        <translation>
            <numerusform>%1: %n ronda, versiones %2 a %3. Las cifras son las de la ronda más reciente; pulse la flecha o haga doble clic en la fila para ver cada ronda.</numerusform>
            <numerusform>%1: %n rondas, versiones %2 a %3. Las cifras son las de la ronda más reciente; pulse la flecha o haga doble clic en la fila para ver cada ronda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predicts %1</source>
        <translation>Predice %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+25"/>
        <source>● active</source>
        <translation>● activa</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1 (%n rounds)</source>
        <comment>a federation run and how many rounds it stored</comment>
        <translation>
            <numerusform>%1 (%n ronda)</numerusform>
            <numerusform>%1 (%n rondas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● round %1 active</source>
        <translation>● ronda %1 activa</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ViewFrame</name>
    <message>
        <location filename="../widgets/view_frame.cpp" line="+76"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as a CSV file</source>
        <translation>Guardar esta tabla como archivo CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as an image</source>
        <translation>Exportar %1 como imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Guardar este gráfico como archivo PNG o SVG</translation>
    </message>
</context>
<context>
    <name>cohort::ui::WaterfallChartView</name>
    <message>
        <location filename="../widgets/waterfall_chart_view.cpp" line="+39"/>
        <location line="+233"/>
        <source>Contributions of each column to the prediction</source>
        <translation>Contribuciones de cada columna a la predicción</translation>
    </message>
    <message numerus="yes">
        <location line="-175"/>
        <source>%n other column(s)</source>
        <translation>
            <numerusform>%n columna más</numerusform>
            <numerusform>%n columnas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Explain a row to see how each column moved its prediction.</source>
        <translation>Explique una fila para ver cómo ha modificado cada columna su predicción.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This row: %1%</source>
        <translation>Esta fila: %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average: %1%</source>
        <translation>Media: %1 %</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2 percentage points</source>
        <translation>%1: %2 puntos porcentuales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (standard error %2)</source>
        <translation>%1 (error estándar %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row explained yet.</source>
        <translation>Aún no se ha explicado ninguna fila.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average prediction %1%</source>
        <translation>Predicción media: %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 points</source>
        <translation>%1: %2 puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row %1%</source>
        <translation>esta fila: %1 %</translation>
    </message>
</context>
</TS>

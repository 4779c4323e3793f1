<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ModelVerdict</name>
    <message>
        <location filename="../widgets/model_verdict.cpp" line="+57"/>
        <source>the most common class</source>
        <translation>la classe la plus fréquente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No better than always answering %1.</source>
        <translation>Pas meilleur que de toujours répondre %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Better than always answering %1, but it misses most cases of %2: it finds %3 of them.</source>
        <translation>Meilleur que de toujours répondre %1, mais il manque la plupart des cas de %2 : il en trouve %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Better than always answering %1, and it finds at least half of the cases of every class.</source>
        <translation>Meilleur que de toujours répondre %1, et il trouve au moins la moitié des cas de chaque classe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right in %1 of the cases (always answering %2: %3); balanced accuracy %4, the mean of the hit rates of the classes.</source>
        <translation>Juste dans %1 des cas (toujours %2 : %3) ; exactitude équilibrée %4, la moyenne des taux de détection des classes.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</source>
        <translation>
            <numerusform>Seulement %n cas évalué : l’exactitude peut très bien se situer entre %1 et %2 (intervalle à 95 %).</numerusform>
            <numerusform>Seulement %n cas évalués : l’exactitude peut très bien se situer entre %1 et %2 (intervalle à 95 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::DataController</name>
    <message>
        <location filename="../app/bridge/data_controller.cpp" line="+113"/>
        <source>row %1 (line %2)</source>
        <translation>ligne %1 (ligne %2 du fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>ligne %1 du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, colonne « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos;</source>
        <translation>colonne « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the target column…</source>
        <translation>Vérification de la colonne cible…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the columns…</source>
        <translation>Vérification des colonnes…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the errors listed on the Data page first.</source>
        <translation>Corrigez d’abord les erreurs indiquées dans la page Données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict on the Data page.</source>
        <translation>Choisissez la colonne à prédire dans la page Données.</translation>
    </message>
    <message>
        <location filename="../app/bridge/raw_table_model.cpp" line="+47"/>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
</context>
<context>
    <name>cohort::app::ExplainController</name>
    <message>
        <location filename="../app/bridge/explain_controller.cpp" line="+56"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Open a CSV file on the Data page first: its rows are the background the explanations compare with.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données : ses lignes servent de référence à laquelle les explications sont comparées.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Row %1 is not in %2: it has %n data row(s).</source>
        <translation>
            <numerusform>La ligne %1 n’existe pas dans %2 : le fichier a %n ligne de données.</numerusform>
            <numerusform>La ligne %1 n’existe pas dans %2 : le fichier a %n lignes de données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/typed_values.cpp" line="+27"/>
        <source>%1: there is no field for this column; choose the version again</source>
        <translation>%1 : aucun champ pour cette colonne ; choisissez de nouveau la version</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of the model&apos;s categories (%3)</source>
        <translation>%1 : « %2 » ne fait pas partie des catégories du modèle (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is neither yes nor no</source>
        <translation>%1 : « %2 » n’est ni oui ni non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+119"/>
        <source>Reading the federation&apos;s columns…</source>
        <translation>Lecture des colonnes de la fédération…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating %1 demo sites (%2)…</source>
        <translation>Génération de %1 sites de démonstration (%2)…</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+58"/>
        <source>demo %1, %2</source>
        <translation>démonstration %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>federation %1</source>
        <translation>fédération %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+61"/>
        <source>Round %1 of %2 done.</source>
        <translation>Tour %1 sur %2 terminé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round %1 of %2 done; paused. Next round runs the next one.</source>
        <translation>Tour %1 sur %2 terminé ; en pause. « Tour suivant » lance le suivant.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Hub on %1, step by step: click Next round to run the first round.</source>
        <translation>Hub sur %1, pas à pas : cliquez sur « Tour suivant » pour lancer le premier tour.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub sur %1 ; en attente de %n site.</numerusform>
            <numerusform>Hub sur %1 ; en attente de %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+26"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>Lancement de %n processus de site de démonstration sur cette machine.</numerusform>
            <numerusform>Lancement de %n processus de sites de démonstration sur cette machine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_participant.cpp" line="-31"/>
        <source>Joining %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Joined %1 as %2; waiting for the hub&apos;s rounds.</source>
        <translation>%1 rejoint en tant que %2 ; en attente des tours du hub.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Done: trained in %n round(s).</source>
        <translation>
            <numerusform>Terminé : entraînement en %n tour.</numerusform>
            <numerusform>Terminé : entraînement en %n tours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Peer on port %1 with %n neighbour(s).</source>
        <translation>
            <numerusform>Pair sur le port %1 avec %n voisin.</numerusform>
            <numerusform>Pair sur le port %1 avec %n voisins.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The peer has run all its rounds.</source>
        <translation>Le pair a effectué tous ses tours.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+45"/>
        <source>Paused: the running round finishes, no new one starts.</source>
        <translation>En pause : le tour en cours se termine, aucun nouveau tour ne démarre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running.</source>
        <translation>En cours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running one round, then pausing.</source>
        <translation>Un tour en cours, puis pause.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+1"/>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+8"/>
        <source>The federation has run all its rounds.</source>
        <translation>La fédération a effectué tous ses tours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; every finished round is kept as a model version.</source>
        <translation>Arrêtée ; chaque tour terminé est conservé comme version du modèle.</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationLog</name>
    <message>
        <location filename="../app/bridge/federation_log_text.cpp" line="+30"/>
        <source>resuming %1 after round %2 (version %3)</source>
        <translation>reprise de %1 après le tour %2 (version %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resuming %1 after round %2 (version %3); this older run kept no strategy state</source>
        <translation>reprise de %1 après le tour %2 (version %3) ; cette exécution plus ancienne n’a pas conservé l’état de la stratégie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the run %1 already has all its %2 rounds</source>
        <translation>
            <numerusform>l’exécution %1 a déjà effectué tous ses tours (%2)</numerusform>
            <numerusform>l’exécution %1 a déjà effectué ses %2 tours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run already has all its rounds</source>
        <translation>l’exécution a déjà effectué tous ses tours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>refused a connection from %1: %2</source>
        <translation>connexion de %1 refusée : %2</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 reported: %2 (%3)</source>
        <translation>%1 a signalé : %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused %1: wrong join code</source>
        <translation>%1 refusé : code d’accès erroné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined from %2</source>
        <translation>%1 a rejoint la fédération depuis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2; it is not admitted</source>
        <translation>%1 %2 ; il n’est pas admis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge the sites&apos; statistics yet: %1; waiting for more sites</source>
        <translation>impossible de fusionner les statistiques des sites pour l’instant : %1 ; en attente d’autres sites</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>preprocessing fixed from %1 sites&apos; statistics</source>
        <translation>
            <numerusform>prétraitement fixé d’après les statistiques de %1 site</numerusform>
            <numerusform>prétraitement fixé d’après les statistiques de %1 sites</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left: %2</source>
        <translation>%1 a quitté la fédération : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a result from %1 for round %2 (no such round)</source>
        <translation>résultat de %1 pour le tour %2 ignoré (ce tour n’existe pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not evaluate round %2: %3</source>
        <translation>%1 n’a pas pu évaluer le tour %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not evaluate round %2: gave no reason</source>
        <translation>%1 n’a pas pu évaluer le tour %2 : aucune raison donnée</translation>
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
        <translation>%1, évaluation du tour %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evaluation of round %1: %2</source>
        <translation>l’évaluation du tour %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a result from %1 for round %2 (late, duplicate or not asked)</source>
        <translation>résultat de %1 pour le tour %2 ignoré (en retard, en double ou non demandé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a late result from %1</source>
        <translation>résultat en retard de %1 ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not train in round %2: %3</source>
        <translation>%1 n’a pas pu s’entraîner au tour %2 : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused: no new round starts until resumed</source>
        <translation>en pause : aucun nouveau tour ne démarre avant la reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running one round, then pausing</source>
        <translation>un tour en cours, puis pause</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>round %1 started with %2 of %3 sites</source>
        <translation>
            <numerusform>tour %1 lancé avec %2 site sur %3</numerusform>
            <numerusform>tour %1 lancé avec %2 sites sur %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results)</source>
        <translation>le tour %1 n’a pas atteint son quorum (%2 résultats sur %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results; one site&apos;s update alone is never sent to the others)</source>
        <translation>le tour %1 n’a pas atteint son quorum (%2 résultats sur %3 ; la mise à jour d’un seul site n’est jamais envoyée aux autres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 could not aggregate: %2</source>
        <translation>le tour %1 n’a pas pu agréger : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused after round %1: no new round starts until the next step or resume</source>
        <translation>en pause après le tour %1 : aucun nouveau tour ne démarre avant le prochain pas ou la reprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 will run again in %2 ms</source>
        <translation>le tour %1 sera relancé dans %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the federation finished after %1 rounds</source>
        <translation>
            <numerusform>la fédération s’est terminée après %1 tour</numerusform>
            <numerusform>la fédération s’est terminée après %1 tours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot accept connections (%1); trying again in %2 ms</source>
        <translation>impossible d’accepter des connexions (%1) ; nouvel essai dans %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected to the hub at %1</source>
        <translation>connecté au hub à l’adresse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (%2)</source>
        <translation>reconnexion dans %1 ms (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (the connection closed: %2)</source>
        <translation>reconnexion dans %1 ms (connexion fermée : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gave up reaching the hub: %1</source>
        <translation>hub injoignable, abandon : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gave up reaching the hub: the connection closed: %1</source>
        <translation>hub injoignable, abandon : connexion fermée : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>joined as %1 with %2 training and %3 evaluation rows</source>
        <translation>
            <numerusform>a rejoint la fédération en tant que %1 avec %2 lignes d’entraînement et %3 ligne d’évaluation</numerusform>
            <numerusform>a rejoint la fédération en tant que %1 avec %2 lignes d’entraînement et %3 lignes d’évaluation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped the fit for round %1: the hub has moved on</source>
        <translation>entraînement du tour %1 sauté : le hub est déjà passé à la suite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not train in round %1: %2</source>
        <translation>impossible de s’entraîner au tour %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not evaluate round %1: %2</source>
        <translation>impossible d’évaluer le tour %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1: the hub refused it: this site %2</source>
        <translation>tour %1 : le hub l’a refusé : ce site %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub reported: %1</source>
        <translation>le hub a signalé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub refused this site: %1</source>
        <translation>le hub a refusé ce site : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub sent settings this site cannot use: %1</source>
        <translation>le hub a envoyé des paramètres inutilisables par ce site : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file does not fit the federation&apos;s columns</source>
        <translation>le fichier ne correspond pas aux colonnes de la fédération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot apply the federation&apos;s preprocessing: %1</source>
        <translation>impossible d’appliquer le prétraitement de la fédération : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept the final global model (round %1) as version %2 in %3</source>
        <translation>modèle global final (tour %1) conservé comme version %2 dans %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final global model in %1: %2</source>
        <translation>impossible de conserver le modèle global final dans %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: all rounds done</source>
        <translation>la fédération est terminée : tous les tours ont été effectués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: %1</source>
        <translation>la fédération est terminée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening on %1:%2</source>
        <translation>à l’écoute sur %1:%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found %1 at %2:%3</source>
        <translation>%1 trouvé à %2:%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 joined</source>
        <translation>le voisin %1 est arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 left</source>
        <translation>le voisin %1 est parti</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %1 of %2 neighbours answered; going on</source>
        <translation>
            <numerusform>voisin ayant répondu : %1 sur %2 seulement ; on poursuit</numerusform>
            <numerusform>voisins ayant répondu : %1 sur %2 seulement ; on poursuit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>caught up from %1 after round %2</source>
        <translation>retard rattrapé grâce à %1 après le tour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1: %2</source>
        <translation>modèle de %1 ignoré : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a model from %1: no such round</source>
        <translation>modèle de %1 ignoré : ce tour n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1 for round %2 (a finished round, too far ahead, or an impossible degree)</source>
        <translation>modèle de %1 pour le tour %2 ignoré (tour terminé, trop en avance ou degré impossible)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out the model of %1 in round %2: it %3</source>
        <translation>modèle de %1 écarté au tour %2 : il %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept the final model as version %1 in %2</source>
        <translation>modèle final conservé comme version %1 dans %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final model in %1: %2</source>
        <translation>impossible de conserver le modèle final dans %1 : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <extracomment>A line of the federation log and who said it: &quot;site_2: joined as site_2 with ...&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>cohort::app::IssueText</name>
    <message numerus="yes">
        <location filename="../app/bridge/issue_text.cpp" line="+35"/>
        <source>This row has %Ln field(s), the header has %2</source>
        <translation>
            <numerusform>Cette ligne a %Ln champ, l’en-tête en a %2</numerusform>
            <numerusform>Cette ligne a %Ln champs, l’en-tête en a %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for a missing or extra delimiter or an unclosed quote</source>
        <translation>Vérifiez s’il manque un séparateur, s’il y en a un de trop ou si un guillemet n’est pas fermé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%Ln autre ligne n’a pas le bon nombre de champs</numerusform>
            <numerusform>%Ln autres lignes n’ont pas le bon nombre de champs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the rows listed above first; the others are likely alike</source>
        <translation>Corrigez d’abord les lignes indiquées ci-dessus ; les autres sont probablement du même type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row (%1, …) looks like data, not like column names</source>
        <extracomment>%1 is the first few cells of the first row, separated by commas.</extracomment>
        <translation>La première ligne (%1, …) ressemble à des données, pas à des noms de colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row with the column names at the top of the file</source>
        <translation>Ajoutez en haut du fichier une ligne contenant les noms des colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1 has no name; it is called “%2”</source>
        <translation>La colonne %1 n’a pas de nom ; elle s’appelle « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every column a name in the header row</source>
        <translation>Donnez un nom à chaque colonne dans la ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two columns are named “%1”</source>
        <translation>Deux colonnes s’appellent « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename one of them in the header row</source>
        <translation>Renommez l’une d’elles dans la ligne d’en-tête</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The file has %Ln column(s); at least 2 are needed (features and a target)</source>
        <translation>
            <numerusform>Le fichier a %Ln colonne ; il en faut au moins 2 (des variables explicatives et une cible)</numerusform>
            <numerusform>Le fichier a %Ln colonnes ; il en faut au moins 2 (des variables explicatives et une cible)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the delimiter (comma, semicolon or tab) of the file</source>
        <translation>Vérifiez le séparateur du fichier (virgule, point-virgule ou tabulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than 4 GB</source>
        <translation>Le fichier dépasse 4 Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it into several files</source>
        <translation>Divisez-le en plusieurs fichiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byte %1 at offset %2 is neither UTF-8 nor Latin-1 text</source>
        <extracomment>%1 is a byte in hexadecimal (0x81), %2 its position in the file.</extracomment>
        <translation>L’octet %1 à la position %2 n’est ni du texte UTF-8 ni du texte Latin-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file as CSV in UTF-8 encoding</source>
        <translation>Enregistrez le fichier au format CSV avec l’encodage UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not UTF-8; it was read as Latin-1 (ISO-8859-1)</source>
        <translation>Le fichier n’est pas en UTF-8 ; il a été lu en Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check accented names; save the file as UTF-8 to silence this warning</source>
        <translation>Vérifiez les noms accentués ; enregistrez le fichier en UTF-8 pour ne plus voir cet avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with a header row and data rows</source>
        <translation>Exportez de nouveau les données avec une ligne d’en-tête et des lignes de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read past this line (%1)</source>
        <extracomment>%1 is the CSV parser&apos;s own reason, in English.</extracomment>
        <translation>Le fichier ne peut pas être lu au-delà de cette ligne (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the quoting of this row</source>
        <translation>Vérifiez les guillemets de cette ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no data rows</source>
        <translation>Le fichier a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with its rows</source>
        <translation>Exportez de nouveau les données avec leurs lignes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln value(s) beyond ±%2 (%3) are too large to compute with; they will be clipped to ±%2</source>
        <extracomment>%2 is the largest usable value, %3 a few of the values with their lines.</extracomment>
        <translation>
            <numerusform>%Ln valeur au-delà de ±%2 (%3) est trop grande pour les calculs ; elle sera ramenée à ±%2</numerusform>
            <numerusform>%Ln valeurs au-delà de ±%2 (%3) sont trop grandes pour les calculs ; elles seront ramenées à ±%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors, or rescale the column</source>
        <translation>Vérifiez ces valeurs (erreur de saisie ou d’unité), ou changez l’échelle de la colonne</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln extreme value(s), e.g. %2, far outside the typical range from %3 to %4; they will be clipped to the training data&apos;s quantiles</source>
        <translation>
            <numerusform>%Ln valeur extrême, p. ex. %2, très en dehors de la plage habituelle de %3 à %4 ; elle sera ramenée aux quantiles des données d’entraînement</numerusform>
            <numerusform>%Ln valeurs extrêmes, p. ex. %2, très en dehors de la plage habituelle de %3 à %4 ; elles seront ramenées aux quantiles des données d’entraînement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors</source>
        <translation>Vérifiez ces valeurs (erreur de saisie ou d’unité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column has no values; it is ignored</source>
        <translation>La colonne n’a aucune valeur ; elle est ignorée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The column holds numbers, but %Ln cell(s) are text (%2)</source>
        <extracomment>%2 lists a few of the cells with their lines.</extracomment>
        <translation>
            <numerusform>La colonne contient des nombres, mais %Ln cellule contient du texte (%2)</numerusform>
            <numerusform>La colonne contient des nombres, mais %Ln cellules contiennent du texte (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Correct these cells, or leave them empty or NA if the value is unknown</source>
        <translation>Corrigez ces cellules, ou laissez-les vides ou mettez NA si la valeur est inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%Ln text cell(s) in a numeric column (%2) are treated as missing</source>
        <translation>
            <numerusform>%Ln cellule de texte dans une colonne numérique (%2) est traitée comme manquante</numerusform>
            <numerusform>%Ln cellules de texte dans une colonne numérique (%2) sont traitées comme manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The federation&apos;s column is numeric, but %Ln of its %2 cells are text (%3)</source>
        <translation>
            <numerusform>La colonne de la fédération est numérique, mais %Ln de ses %2 cellules contient du texte (%3)</numerusform>
            <numerusform>La colonne de la fédération est numérique, mais %Ln de ses %2 cellules contiennent du texte (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column holds dates or times; it is not used as a feature</source>
        <translation>La colonne contient des dates ou des heures ; elle ne sert pas de variable explicative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use it, add a number computed from it (an age in days, an hour of the day) as a column of its own</source>
        <translation>Pour l’utiliser, ajoutez dans une colonne à part un nombre calculé à partir d’elle (un âge en jours, une heure de la journée)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The column looks like an identifier or free text (%Ln distinct value(s)); it is not used as a feature</source>
        <translation>
            <numerusform>La colonne semble être un identifiant ou du texte libre (%Ln valeur distincte) ; elle ne sert pas de variable explicative</numerusform>
            <numerusform>La colonne semble être un identifiant ou du texte libre (%Ln valeurs distinctes) ; elle ne sert pas de variable explicative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln missing value(s) (%2%) will be filled with the median of the training rows</source>
        <extracomment>%2 is a percentage of the rows, without the % sign.</extracomment>
        <translation>
            <numerusform>%Ln valeur manquante (%2 %) sera remplacée par la médiane des lignes d’entraînement</numerusform>
            <numerusform>%Ln valeurs manquantes (%2 %) seront remplacées par la médiane des lignes d’entraînement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln missing value(s) (%2%) will be filled with the most frequent value of the training rows</source>
        <translation>
            <numerusform>%Ln valeur manquante (%2 %) sera remplacée par la valeur la plus fréquente des lignes d’entraînement</numerusform>
            <numerusform>%Ln valeurs manquantes (%2 %) seront remplacées par la valeur la plus fréquente des lignes d’entraînement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have no target value; they are left out of training</source>
        <translation>
            <numerusform>%Ln ligne n’a pas de valeur cible ; elle est exclue de l’entraînement</numerusform>
            <numerusform>%Ln lignes n’ont pas de valeur cible ; elles sont exclues de l’entraînement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) have no target value; they are left out</source>
        <translation>
            <numerusform>%Ln ligne n’a pas de valeur cible ; elle est exclue</numerusform>
            <numerusform>%Ln lignes n’ont pas de valeur cible ; elles sont exclues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target has only one value (“%1”); there is nothing to learn</source>
        <translation>La cible n’a qu’une seule valeur (« %1 ») ; il n’y a rien à apprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Choose a column with at least two classes</source>
        <translation>Choisissez une colonne comportant au moins deux classes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The target column has no values</source>
        <translation>La colonne cible n’a aucune valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The target has %Ln distinct value(s); Cohort trains classifiers</source>
        <translation>
            <numerusform>La cible a %Ln valeur distincte ; Cohort entraîne des modèles de classification</numerusform>
            <numerusform>La cible a %Ln valeurs distinctes ; Cohort entraîne des modèles de classification</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a column with a few classes, or group the values into classes</source>
        <translation>Choisissez une colonne avec peu de classes, ou regroupez les valeurs en classes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Class “%1” has %Ln row(s); at least %3 are needed</source>
        <translation>
            <numerusform>La classe « %1 » a %Ln ligne ; il en faut au moins %3</numerusform>
            <numerusform>La classe « %1 » a %Ln lignes ; il en faut au moins %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rows of this class, or remove or merge it</source>
        <translation>Ajoutez des lignes de cette classe, ou supprimez-la ou fusionnez-la avec une autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no column named “%1”</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>Aucune colonne ne s’appelle « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the target among: %2</source>
        <translation>Choisissez la cible parmi : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no column “%1”, the target this model predicts</source>
        <translation>Le fichier n’a pas de colonne « %1 », la cible que prédit ce modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file whose rows hold the true “%1” of each case</source>
        <translation>Choisissez un fichier dont les lignes contiennent le vrai « %1 » de chaque cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no column named “%1” to leave out</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>Il n’y a pas de colonne « %1 » à écarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s columns are: %2</source>
        <translation>Les colonnes du fichier sont : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is usable as a feature</source>
        <translation>Aucune colonne n’est utilisable comme variable explicative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add numeric, yes/no or categorical columns besides the target</source>
        <translation>Ajoutez des colonnes numériques, oui/non ou catégorielles en plus de la cible</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The federation&apos;s column is yes/no, but %Ln cell(s) are not (%2)</source>
        <translation>
            <numerusform>La colonne de la fédération est de type oui/non, mais %Ln cellule ne l’est pas (%2)</numerusform>
            <numerusform>La colonne de la fédération est de type oui/non, mais %Ln cellules ne le sont pas (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0/1, yes/no or true/false, or leave the cell empty if the value is unknown</source>
        <translation>Utilisez 0/1, yes/no ou true/false, ou laissez la cellule vide si la valeur est inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cell(s) hold categories the federation has not seen (%2); they are encoded as all zeros</source>
        <extracomment>%3 lists the federation&apos;s categories.</extracomment>
        <translation>
            <numerusform>%Ln cellule contient une catégorie que la fédération n’a jamais vue (%2) ; elle est codée uniquement par des zéros</numerusform>
            <numerusform>%Ln cellules contiennent des catégories que la fédération n’a jamais vues (%2) ; elles sont codées uniquement par des zéros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling against the federation&apos;s categories: %3</source>
        <translation>Vérifiez l’orthographe par rapport aux catégories de la fédération : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have a class the federation does not know (%2); they are left out</source>
        <translation>
            <numerusform>%Ln ligne a une classe inconnue de la fédération (%2) ; elle est exclue</numerusform>
            <numerusform>%Ln lignes ont une classe inconnue de la fédération (%2) ; elles sont exclues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation&apos;s classes are: %3</source>
        <translation>Les classes de la fédération sont : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row has one of the federation&apos;s classes (%1)</source>
        <translation>Aucune ligne n’a l’une des classes de la fédération (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the same class labels as the hub&apos;s</source>
        <translation>Vérifiez que la colonne cible contient les mêmes libellés de classe que celle du hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation needs the column “%1”, which the file does not have</source>
        <translation>La fédération a besoin de la colonne « %1 », absente du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or add the column: every site needs the federation&apos;s columns</source>
        <translation>Renommez ou ajoutez la colonne : chaque site doit avoir les colonnes de la fédération</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have no target value or a class the model does not know; they are not evaluated</source>
        <translation>
            <numerusform>%Ln ligne n’a pas de valeur cible ou a une classe inconnue du modèle ; elle n’est pas évaluée</numerusform>
            <numerusform>%Ln lignes n’ont pas de valeur cible ou ont une classe inconnue du modèle ; elles ne sont pas évaluées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row has a class the model knows</source>
        <translation>Aucune ligne n’a une classe connue du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the model&apos;s classes</source>
        <translation>Vérifiez que la colonne cible contient les classes du modèle</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>line %1: %2</source>
        <comment>a value</comment>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 “%2”</source>
        <comment>a cell</comment>
        <translation>ligne %1 « %2 »</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Line %1, column “%2”</source>
        <translation>Ligne %1, colonne « %2 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column “%1”</source>
        <translation>Colonne « %1 »</translation>
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
        <translation>%1 : %2</translation>
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
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About Cohort</source>
        <translation>À propos de Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Federated learning on health and fitness data: each site keeps its rows; only model updates travel.&lt;/p&gt;&lt;p&gt;Model registry: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Apprentissage fédéré sur des données de santé et de condition physique : chaque site conserve ses lignes ; seules les mises à jour du modèle circulent.&lt;/p&gt;&lt;p&gt;Registre des modèles : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cohort — federated learning</source>
        <translation>Cohort — apprentissage fédéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ederation</source>
        <translation>Fé&amp;dération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;demo federation</source>
        <translation>Lancer une fédération de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cohort</source>
        <translation>À &amp;propos de Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_wiring.cpp" line="+59"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: epoch %1 of %2</source>
        <translation>Entraînement : époque %1 sur %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Evaluating version %1 on %2…</source>
        <translation>Évaluation de la version %1 sur %2…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Federation: round %1 done</source>
        <translation>Fédération : tour %1 terminé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Explaining…</source>
        <translation>Explication en cours…</translation>
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
        <translation>« %1 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an address such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation>Indiquez une adresse comme 127.0.0.1, ou 0.0.0.0 pour toutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another port, or stop the program that uses it.</source>
        <translation>Choisissez un autre port, ou arrêtez le programme qui l’utilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not reach %1 in time</source>
        <translation>%1 n’a pas pu être joint à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Check the address and that the hub is running.</source>
        <translation>Vérifiez l’adresse et que le hub est en marche.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name.</source>
        <translation>Vérifiez le nom de la machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub was stopped</source>
        <translation>le hub a été arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer was stopped</source>
        <translation>le pair a été arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub holds %1 connections, its limit</source>
        <translation>le hub tient %1 connexions, sa limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections from %1 (%2)</source>
        <translation>trop de connexions depuis %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this hub speaks protocol version %1</source>
        <translation>ce hub parle la version %1 du protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the same version of Cohort on the hub and the sites.</source>
        <translation>Utilisez la même version de Cohort sur le hub et sur les sites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say Hello before anything else</source>
        <translation>envoyer Hello avant toute autre chose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this connection has said Hello already</source>
        <translation>cette connexion a déjà envoyé Hello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the join code is not right; ask the hub for it</source>
        <translation>le code d’accès n’est pas le bon ; demandez-le au hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared %1 training rows</source>
        <translation>a déclaré %1 lignes d’entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declared %1 evaluation rows</source>
        <translation>a déclaré %1 lignes d’évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent statistics of a column &apos;%1&apos; that is not a federation column, or twice</source>
        <translation>a envoyé des statistiques d’une colonne « %1 » qui n’est pas une colonne de la fédération, ou deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent more categories for &apos;%1&apos; than it has rows</source>
        <translation>a envoyé plus de catégories pour « %1 » qu’il n’a de lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent more classes than it has rows</source>
        <translation>a envoyé plus de classes qu’il n’a de lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts more rows per class than its %1 training rows</source>
        <translation>compte plus de lignes par classe que ses %1 lignes d’entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported training on %1 rows, it declared %2</source>
        <translation>a annoncé un entraînement sur %1 lignes, il en avait déclaré %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported a training loss that is not a finite, non-negative number</source>
        <translation>a annoncé une perte d’entraînement qui n’est pas un nombre fini et positif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported an evaluation of %1 rows, it declared %2</source>
        <translation>a annoncé une évaluation de %1 lignes, il en avait déclaré %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported an evaluation loss that is not a finite, non-negative number</source>
        <translation>a annoncé une perte d’évaluation qui n’est pas un nombre fini et positif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported a confusion count outside its rows</source>
        <translation>a annoncé un compte de la matrice de confusion hors de ses lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported confusion counts adding up to %1, not its %2 rows</source>
        <translation>a annoncé des comptes de confusion dont la somme est %1, et non ses %2 lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent %1 parameters, the model has %2</source>
        <translation>a envoyé %1 paramètres, le modèle en a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent parameters that are not finite numbers</source>
        <translation>a envoyé des paramètres qui ne sont pas des nombres finis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent an update %1 away from the model it started from (at most %2, %3 times the model&apos;s size)</source>
        <translation>a envoyé une mise à jour à %1 du modèle de départ (au plus %2, %3 fois la taille du modèle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent an update %1 away from the global model, more than %2 times the round&apos;s median step (%3)</source>
        <translation>a envoyé une mise à jour à %1 du modèle global, plus de %2 fois le pas médian du tour (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous pouvez lire le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file, not a folder.</source>
        <translation>Choisissez un fichier CSV, pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training was stopped; no version was saved</source>
        <translation>l’entraînement a été arrêté ; aucune version n’a été enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training diverged: the model&apos;s weights are not finite numbers</source>
        <translation>l’entraînement a divergé : les poids du modèle ne sont pas des nombres finis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, or check the file for extreme values.</source>
        <translation>Baissez le taux d’apprentissage, ou cherchez des valeurs extrêmes dans le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local training diverged: the weights are not finite numbers</source>
        <translation>l’entraînement local a divergé : les poids ne sont pas des nombres finis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate.</source>
        <translation>Baissez le taux d’apprentissage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model needs the column &apos;%1&apos;, which the file does not have</source>
        <translation>le modèle a besoin de la colonne « %1 », absente du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a file with the same columns as the training data.</source>
        <translation>Utilisez un fichier avec les mêmes colonnes que les données d’entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no registry at %1</source>
        <translation>aucun registre à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Train or federate a model into it first, or choose another file.</source>
        <translation>Entraînez ou fédérez d’abord un modèle dedans, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no registry at %1: the file is an empty database</source>
        <translation>aucun registre à %1 : le fichier est une base de données vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file does not match the federation&apos;s schema (%1 error(s))</source>
        <translation>le fichier ne correspond pas au schéma de la fédération (erreurs : %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the problems listed for the file and try again.</source>
        <translation>Corrigez les problèmes indiqués pour le fichier et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has other columns or another target</source>
        <translation>le pair %1 a d’autres colonnes ou une autre cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has column &apos;%2&apos; where this peer has &apos;%3&apos; (or another type)</source>
        <translation>le pair %1 a la colonne « %2 » là où ce pair a « %3 » (ou un autre type)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this peer&apos;s target holds the class &apos;%1&apos;, which the running federation does not know</source>
        <translation>la cible de ce pair contient la classe « %1 », que la fédération en cours ne connaît pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove those rows, or start the federation again with them.</source>
        <translation>Retirez ces lignes, ou relancez la fédération avec elles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not store round %1: %2</source>
        <translation>impossible d’enregistrer le tour %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stopped so that no round goes unrecorded; start the hub again to resume.</source>
        <translation>L’exécution s’est arrêtée pour qu’aucun tour ne reste non enregistré ; relancez le hub pour reprendre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the explanation was stopped</source>
        <translation>l’explication a été arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is past the end of the table</source>
        <translation>la ligne %1 est au-delà de la fin du tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected during the round</source>
        <translation>s’est déconnecté pendant le tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed the deadline</source>
        <translation>a manqué l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left before evaluating</source>
        <translation>est parti avant d’évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave no reason</source>
        <translation>n’a donné aucune raison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable update: %1</source>
        <translation>a envoyé une mise à jour illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable evaluation: %1</source>
        <translation>a envoyé une évaluation illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not evaluate in time</source>
        <translation>n’a pas évalué à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the invitation&apos;s secret is not right</source>
        <translation>le secret de l’invitation n’est pas le bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole invitation again, or ask the host for a new one.</source>
        <translation>Collez de nouveau l’invitation entière, ou demandez-en une nouvelle à l’hôte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invitation has expired</source>
        <translation>l’invitation a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Ask the host for a new invitation.</source>
        <translation>Demandez une nouvelle invitation à l’hôte.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the invitation has been used already</source>
        <translation>l’invitation a déjà été utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection could not be set up: %1</source>
        <translation>la connexion sécurisée n’a pas pu être établie : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub&apos;s certificate does not match the invitation&apos;s fingerprint: the address may be wrong or the connection intercepted</source>
        <translation>le certificat du hub ne correspond pas à l’empreinte de l’invitation : l’adresse est peut-être fausse ou la connexion interceptée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address and the invitation with the host before you connect again.</source>
        <translation>Vérifiez l’adresse et l’invitation avec l’hôte avant de vous reconnecter.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This cannot be used: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading or writing failed: %1</source>
        <translation>La lecture ou l’écriture a échoué : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected failure: %1</source>
        <translation>Un échec inattendu : %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1</source>
        <extracomment>Where an error is in a file: its line (the header is line 1).</extracomment>
        <translation>ligne %1 du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1</source>
        <extracomment>Where an error is in a file: its column&apos;s name.</extracomment>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>An error and where it is: &quot;data.csv, line 1, column age: The model needs ...&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>cohort::app::RegistryController</name>
    <message>
        <location filename="../app/bridge/version_views.cpp" line="+87"/>
        <source>Dataset %1 in the registry: %2, %3</source>
        <translation>Jeu de données %1 du registre : %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset %1 in the registry</source>
        <translation>Jeu de données %1 du registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dataset recorded (%1)</source>
        <translation>Aucun jeu de données enregistré (%1)</translation>
    </message>
    <message>
        <location filename="../app/bridge/registry_controller.cpp" line="+32"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Version %1 is now the active model.</source>
        <translation>La version %1 est désormais le modèle actif.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 exported to %2.</source>
        <translation>Version %1 exportée vers %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported %1 as version %2.</source>
        <translation>%1 importé en tant que version %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version %1 deleted.</source>
        <translation>Version %1 supprimée.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Run “%1” deleted with its %n versions.</source>
        <translation>
            <numerusform>Exécution « %1 » supprimée avec sa %n version.</numerusform>
            <numerusform>Exécution « %1 » supprimée avec ses %n versions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be evaluated:
%2</source>
        <translation>%1 ne peut pas être évalué :
%2</translation>
    </message>
</context>
<context>
    <name>cohort::app::TrainingController</name>
    <message>
        <location filename="../app/bridge/training_controller.cpp" line="+149"/>
        <source>The file cannot be trained on:
%1</source>
        <translation>Ce fichier ne peut pas servir à l’entraînement :
%1</translation>
    </message>
</context>
<context>
    <name>cohort::ui::BeeswarmChartView</name>
    <message>
        <location filename="../widgets/beeswarm_chart_view.cpp" line="+33"/>
        <location line="+202"/>
        <source>SHAP values of every row, one line per column</source>
        <translation>Valeurs SHAP de chaque ligne, une rangée de points par colonne</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Explain the dataset to see every row&apos;s SHAP values.</source>
        <translation>Expliquez le jeu de données pour voir les valeurs SHAP de chaque ligne.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SHAP value: effect on the chance of %1 (percentage points)</source>
        <translation>Valeur SHAP : effet sur la probabilité de %1 (points de pourcentage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature value:</source>
        <translation>Valeur de la variable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>feature value</comment>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>feature value</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%1: on average moves the chance by %2 points (%Ln row(s))</source>
        <translation>
            <numerusform>%1 : modifie en moyenne la probabilité de %2 points (%Ln ligne)</numerusform>
            <numerusform>%1 : modifie en moyenne la probabilité de %2 points (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: mean absolute effect %2 points</source>
        <translation>%1 : effet absolu moyen de %2 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dataset explained yet.</source>
        <translation>Aucun jeu de données expliqué pour l’instant.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ChartExport</name>
    <message>
        <location filename="../widgets/chart_export.cpp" line="+43"/>
        <source>Could not write %1: the folder may not exist or be read-only.</source>
        <translation>Impossible d’écrire %1 : le dossier n’existe peut-être pas ou est en lecture seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a file name ending in .png or .svg (got %1).</source>
        <translation>Utilisez un nom de fichier se terminant par .png ou .svg (reçu : %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: the folder may not exist, be read-only or full.</source>
        <translation>Impossible d’écrire %1 : le dossier n’existe peut-être pas, est en lecture seule ou est plein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ClassMetricsModel</name>
    <message>
        <location filename="../widgets/class_metrics_model.cpp" line="+70"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ColumnSummaryPanel</name>
    <message>
        <location filename="../widgets/column_summary_panel.cpp" line="+37"/>
        <source>Number</source>
        <comment>column type</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <comment>column type</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/No</source>
        <comment>column type</comment>
        <translation>Oui/Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <comment>column type</comment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date/time</source>
        <comment>column type</comment>
        <translation>Date/heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <comment>column type</comment>
        <translation>Vide</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&amp;Target column:</source>
        <translation>Colonne c&amp;ible :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Colonne cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict.</source>
        <translation>La colonne que le modèle apprend à prédire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a column</source>
        <translation>Choisissez une colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of the selected column</source>
        <translation>Distribution de la colonne sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/number_text.cpp" line="+39"/>
        <source>%1 to %2</source>
        <comment>value range</comment>
        <translation>%1 à %2</translation>
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
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Variable explicative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used</source>
        <translation>Non utilisée</translation>
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
        <translation>Décochez pour exclure cette colonne des variables explicatives.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a column to see its distribution.</source>
        <translation>Sélectionnez une colonne pour afficher sa distribution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; holds dates or times: it is not used to predict.</source>
        <translation>« %1 » contient des dates ou des heures : elle ne sert pas à prédire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; identifies rows (its values all differ): it has no distribution and is not used to predict.</source>
        <translation>« %1 » identifie les lignes (toutes ses valeurs diffèrent) : elle n’a pas de distribution et ne sert pas à prédire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No distribution to show for &apos;%1&apos;.</source>
        <translation>Aucune distribution à afficher pour « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of &apos;%1&apos;</source>
        <translation>Distribution de « %1 »</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/confusion_matrix_view.cpp" line="+40"/>
        <location line="+155"/>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The confusion matrix appears after an evaluation.</source>
        <translation>La matrice de confusion s’affiche après une évaluation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Actual %1, predicted %2: %3 (%4 % of the actual %1 rows)</source>
        <translation>Réel %1, prédit %2 : %3 (%4 % des lignes dont la classe réelle est %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>actual %1: %2</source>
        <translation>réel %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation yet.</source>
        <translation>Aucune évaluation pour l’instant.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DataPage</name>
    <message>
        <location filename="../widgets/data_page.cpp" line="+176"/>
        <source>Reading file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+43"/>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by “%1”</source>
        <translation>séparé par « %1 »</translation>
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
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/data_page_file.cpp" line="+28"/>
        <source>Open CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the file&apos;s rows</source>
        <translation>Aperçu des lignes du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>Problèmes détectés dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
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
        <translation>Aucun fichier récent pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a recently used file.</source>
        <translation>Ouvrir un fichier utilisé récemment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file open. Open a CSV file or drop one here.</source>
        <translation>Aucun fichier ouvert. Ouvrez un fichier CSV ou déposez-le ici.</translation>
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
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/data_page.cpp" line="+16"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Ready to train: %Ln row(s), target &apos;%1&apos;.</source>
        <translation>
            <numerusform>Prêt pour l’entraînement : %Ln ligne, cible « %1 ».</numerusform>
            <numerusform>Prêt pour l’entraînement : %Ln lignes, cible « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This file has %n error(s) and cannot be trained on. Fix them in the file and open it again.</source>
        <translation>
            <numerusform>Ce fichier contient %n erreur et ne peut pas servir à l’entraînement. Corrigez-la dans le fichier, puis rouvrez-le.</numerusform>
            <numerusform>Ce fichier contient %n erreurs et ne peut pas servir à l’entraînement. Corrigez-les dans le fichier, puis rouvrez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file to check whether it can be trained on.</source>
        <translation>Ouvrez un fichier CSV pour vérifier s’il peut servir à l’entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the target column, the one to predict.</source>
        <translation>Choisissez la colonne cible, celle à prédire.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DemoPanel</name>
    <message>
        <location filename="../widgets/demo_panel.cpp" line="+97"/>
        <source>Fitness (workout type)</source>
        <translation>Condition physique (type d’entraînement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitals (risk level)</source>
        <translation>Signes vitaux (niveau de risque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (readmission)</source>
        <translation>Hôpital (réadmission)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+29"/>
        <source>Start a demo federation</source>
        <translation>Lancer une fédération de démonstration</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Runs a hub and %n site(s) on this computer with synthetic health data. No files needed.</source>
        <translation>
            <numerusform>Exécute un hub et %n site sur cet ordinateur avec des données de santé synthétiques. Aucun fichier n’est nécessaire.</numerusform>
            <numerusform>Exécute un hub et %n sites sur cet ordinateur avec des données de santé synthétiques. Aucun fichier n’est nécessaire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;omain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ites:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strate&amp;gy:</source>
        <translation>Straté&amp;gie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;unds:</source>
        <translation>&amp;Tours :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds &amp;per round:</source>
        <translation>Secondes &amp;par tour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per round at least</source>
        <translation>Secondes par tour au minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds take a fraction of a second; each round lasts at least this long so that people can follow it. 0 runs at full speed.</source>
        <translation>Les tours de démo prennent une fraction de seconde ; chaque tour dure au moins ce temps pour que l’on puisse le suivre. 0 : pleine vitesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step &amp;by step</source>
        <translation>&amp;Pas à pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo starts paused and runs one round each time you click Next round, so that you can explain each round. Resume runs the remaining rounds by themselves.</source>
        <translation>La démo démarre en pause et lance un tour à chaque clic sur « Tour suivant », pour que vous puissiez expliquer chaque tour. « Reprendre » lance les tours restants d’eux-mêmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo domain</source>
        <translation>Domaine de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which synthetic data the demo sites get: fitness, hospital or vitals records, different at every site.</source>
        <translation>Les données synthétiques fournies aux sites de démonstration : dossiers de condition physique, d’hôpital ou de signes vitaux, différents sur chaque site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many sites the demo starts on this computer.</source>
        <translation>Nombre de sites que la démonstration lance sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds the demo federation runs.</source>
        <translation>Nombre de tours effectués par la fédération de démonstration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Comment le hub combine les modèles des sites : FedAvg les pondère selon leur nombre de lignes ; les stratégies robustes résistent à un site qui envoie de mauvaises mises à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo sites</source>
        <translation>Sites de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds</source>
        <translation>Tours de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo strategy</source>
        <translation>Stratégie de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶ Start d&amp;emo</source>
        <translation>▶ Lancer la dé&amp;mo</translation>
    </message>
</context>
<context>
    <name>cohort::ui::EvaluatePage</name>
    <message>
        <location filename="../widgets/evaluate_page.cpp" line="+243"/>
        <source>Choose a version and a labelled CSV file, then press Evaluate.</source>
        <translation>Choisissez une version et un fichier CSV étiqueté, puis cliquez sur Évaluer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No stored versions yet: train one first.</source>
        <translation>Aucune version enregistrée pour l’instant : entraînez d’abord un modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a version.</source>
        <translation>Choisissez une version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a labelled CSV file to score the model on.</source>
        <translation>Choisissez un fichier CSV étiqueté sur lequel évaluer le modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier n’existe à l’emplacement %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to evaluate</source>
        <translation>Version à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version to test.</source>
        <translation>La version enregistrée du modèle à tester.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled &amp;data:</source>
        <translation>&amp;Données étiquetées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled data file</source>
        <translation>Fichier de données étiquetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file with the same columns as the training file, including the true classes, which the model has not been trained on.</source>
        <translation>Un fichier CSV avec les mêmes colonnes que le fichier d’entraînement, y compris les vraies classes, sur lequel le modèle n’a pas été entraîné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Evaluate</source>
        <translation>Éva&amp;luer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the version on the file</source>
        <translation>Évaluer la version sur le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation in progress</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline accuracy</source>
        <translation>Exactitude de référence</translation>
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
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy of always answering the most common class</source>
        <translation>Exactitude obtenue en répondant toujours la classe la plus fréquente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix (colour: share of each actual class)</source>
        <translation>Matrice de confusion (couleur : part de chaque classe réelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class precision, recall and F1</source>
        <translation>Précision, rappel et F1 par classe</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainDatasetPanel</name>
    <message numerus="yes">
        <location filename="../widgets/explain_dataset_panel.cpp" line="+196"/>
        <source>How much each column moves the chance of %1, over %Ln row(s).</source>
        <translation>
            <numerusform>Dans quelle mesure chaque colonne modifie la probabilité de %1, sur %Ln ligne.</numerusform>
            <numerusform>Dans quelle mesure chaque colonne modifie la probabilité de %1, sur %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Explain the dataset to see which columns matter most.</source>
        <translation>Cliquez sur Expliquer le jeu de données pour voir les colonnes qui comptent le plus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>No dataset explained yet.</source>
        <translation>Aucun jeu de données expliqué pour l’instant.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Mean |SHAP|</source>
        <translation>|SHAP| moyen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean |SHAP| (percentage points)</source>
        <translation>|SHAP| moyen (points de pourcentage)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No numeric column to plot.</source>
        <translation>Aucune colonne numérique à représenter.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+25"/>
        <location line="+54"/>
        <source>SHAP value (points)</source>
        <translation>Valeur SHAP (points)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importance: mean effect of each column</source>
        <translation>Importance : effet moyen de chaque colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on every row (SHAP beeswarm)</source>
        <translation>Effet sur chaque ligne (essaim SHAP, « beeswarm »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependence</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lumn:</source>
        <translation>C&amp;olonne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column for the dependence chart</source>
        <translation>Colonne du graphique de dépendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column whose values the dependence chart puts along its axis, against their effect on the prediction.</source>
        <translation>La colonne dont les valeurs sont placées le long de l’axe du graphique de dépendance, face à leur effet sur la prédiction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute SHAP value of each column</source>
        <translation>Valeur SHAP absolue moyenne de chaque colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP value against the column&apos;s value</source>
        <translation>Valeur SHAP en fonction de la valeur de la colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Mean |SHAP| (points)</source>
        <translation>|SHAP| moyen (points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature value rank (0–1)</source>
        <translation>Rang de la valeur de la variable (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importance</source>
        <translation>importance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beeswarm</source>
        <translation>essaim (beeswarm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dependence</source>
        <translation>dépendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values behind this chart as a CSV file</source>
        <translation>Enregistrer les valeurs de ce graphique dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the %1 values as CSV</source>
        <translation>Exporter en CSV les valeurs du graphique « %1 »</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainFormat</name>
    <message>
        <location filename="../widgets/explain_format.cpp" line="+51"/>
        <source>missing</source>
        <comment>a value the row does not have</comment>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (“%1”)</source>
        <comment>a value the model could not read</comment>
        <translation>manquante (« %1 »)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainPage</name>
    <message>
        <location filename="../widgets/explain_page.cpp" line="+237"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Type numbers like %2, or leave a field empty if the value is unknown.</source>
        <translation>%1
Saisissez des nombres comme %2, ou laissez un champ vide si la valeur est inconnue.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Train a model first: there is no stored version to explain.</source>
        <translation>Entraînez d’abord un modèle : aucune version enregistrée à expliquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain every row of the loaded file</source>
        <translation>Expliquer chaque ligne du fichier chargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the columns of the chosen version…</source>
        <translation>Lecture des colonnes de la version choisie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the chosen row&apos;s prediction</source>
        <translation>Expliquer la prédiction de la ligne choisie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to explain</source>
        <translation>Version à expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version whose predictions are explained.</source>
        <translation>La version enregistrée du modèle dont les prédictions sont expliquées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored versions yet</source>
        <translation>Aucune version enregistrée pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Row:</source>
        <translation>&amp;Ligne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row of the loaded file to explain</source>
        <translation>Ligne du fichier chargé à expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row 1 is the first row after the header, as on the Data page.</source>
        <translation>La ligne 1 est la première ligne après l’en-tête, comme dans la page Données.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %Ln row(s) in %1</source>
        <translation>
            <numerusform>sur %Ln ligne dans %1</numerusform>
            <numerusform>sur %Ln lignes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV file on the Data page</source>
        <translation>Ouvrez un fichier CSV dans la page Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type values…</source>
        <translation>&amp;Saisir des valeurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the values of a row instead</source>
        <translation>Saisir plutôt les valeurs d’une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background rows:</source>
        <translation>Lignes de &amp;référence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of background rows</source>
        <translation>Nombre de lignes de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file that stand for &quot;average&quot; data: more rows give steadier values but take longer</source>
        <translation>Lignes du fichier qui représentent des données « moyennes » : davantage de lignes donnent des valeurs plus stables, mais le calcul est plus long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP method</source>
        <translation>Méthode SHAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact tries every subset of columns (slow with many columns); Kernel SHAP estimates the values and shows their error</source>
        <translation>La méthode exacte teste tous les sous-ensembles de colonnes (lente avec de nombreuses colonnes) ; Kernel SHAP estime les valeurs et indique leur erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain row</source>
        <translation>E&amp;xpliquer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain row</source>
        <translation>Expliquer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the &amp;dataset</source>
        <translation>Expliquer le &amp;jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the dataset</source>
        <translation>Expliquer le jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the explanation</source>
        <translation>Annuler l’explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation progress</source>
        <translation>Progression de l’explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation results</source>
        <translation>Résultats de l’explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One row</source>
        <translation>&amp;Une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole dataset</source>
        <translation>&amp;Tout le jeu de données</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainRowPanel</name>
    <message>
        <location filename="../widgets/explain_row_panel.cpp" line="+175"/>
        <source>Explain a row to read here which columns weighed most.</source>
        <translation>Expliquez une ligne pour voir ici les colonnes qui ont le plus pesé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each column moved the prediction</source>
        <translation>Comment chaque colonne a modifié la prédiction</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How each column moved the chance of %1</source>
        <translation>Comment chaque colonne a modifié la probabilité de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 raised the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 a augmenté la probabilité de %2 de %n point</numerusform>
            <numerusform>%1 a augmenté la probabilité de %2 de %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 a diminué la probabilité de %2 de %n point</numerusform>
            <numerusform>%1 a diminué la probabilité de %2 de %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 raised it by %n point(s)</source>
        <translation>
            <numerusform>%1 l’a augmentée de %n point</numerusform>
            <numerusform>%1 l’a augmentée de %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered it by %n point(s)</source>
        <translation>
            <numerusform>%1 l’a diminuée de %n point</numerusform>
            <numerusform>%1 l’a diminuée de %n points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column moved the chance of %1 by a whole percentage point.</source>
        <translation>Aucune colonne n’a modifié la probabilité de %1 d’un point de pourcentage entier.</translation>
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
        <translation> ; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exact Shapley values</source>
        <translation>valeurs de Shapley exactes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel SHAP estimate</source>
        <translation>estimation Kernel SHAP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Explain the chance o&amp;f:</source>
        <translation>Expliquer la pro&amp;babilité de :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class whose chance is explained</source>
        <translation>Classe dont la probabilité est expliquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the columns moved the chance of another class</source>
        <translation>Montrer comment les colonnes ont modifié la probabilité d’une autre classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons</source>
        <translation>Principales raisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons in words</source>
        <translation>Principales raisons, sous forme de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution of each column</source>
        <translation>Contribution de chaque colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect (points)</source>
        <translation>Effet (points)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± Error</source>
        <translation>± Erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effect: how many percentage points the column added to or took from the chance. Error: the standard error of a Kernel SHAP estimate (0 for exact values).</source>
        <translation>Effet : nombre de points de pourcentage que la colonne a ajoutés à la probabilité ou retirés de celle-ci. Erreur : erreur type d’une estimation Kernel SHAP (0 pour les valeurs exactes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was explained</source>
        <translation>Ce qui a été expliqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No row explained yet</source>
        <translation>Aucune ligne expliquée pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a row or type values, then press Explain row.</source>
        <translation>Choisissez une ligne ou saisissez des valeurs, puis cliquez sur Expliquer la ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted: %1, %2%</source>
        <translation>Prédit : %1, %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 with %2 (%3)</source>
        <translation>Ligne %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed-in values with %1 (%2)</source>
        <translation>Valeurs saisies, %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1; %n value(s) missing, filled in as in training</source>
        <translation>
            <numerusform>%1 ; %n valeur manquante, complétée comme à l’entraînement</numerusform>
            <numerusform>%1 ; %n valeurs manquantes, complétées comme à l’entraînement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::FederationPage</name>
    <message>
        <location filename="../widgets/federation_page.cpp" line="+154"/>
        <source>After round %1:</source>
        <translation>Après le tour %1 :</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Host</source>
        <translation>Héberger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer to peer</source>
        <translation>Pair à pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the hub on this computer; sites connect to it</source>
        <translation>Exécuter le hub sur cet ordinateur ; les sites s’y connectent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take part with this computer&apos;s data in a hub&apos;s rounds</source>
        <translation>Participer aux tours d’un hub avec les données de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train with neighbours directly, without a hub</source>
        <translation>Entraîner directement avec des voisins, sans hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to start a federation</source>
        <translation>Façons de démarrer une fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation state: %1</source>
        <translation>État de la fédération : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume rounds</source>
        <translation>Reprendre les tours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after this round</source>
        <translation>Mettre en pause après ce tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the next round, then pause</source>
        <translation>Lancer le tour suivant, puis mettre en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While paused: runs one round, then pauses again (a running round finishes first).</source>
        <translation>En pause : lance un tour, puis se remet en pause (un tour en cours se termine d’abord).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the federation</source>
        <translation>Arrêter la fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took part in each round. Hover over a cell for details.</source>
        <translation>Qui a participé à chaque tour. Survolez une cellule pour afficher les détails.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global loss and accuracy</source>
        <translation>Perte et exactitude globales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site</source>
        <translation>Exactitude par site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federation log</source>
        <translation>Journal de la fédération</translation>
    </message>
</context>
<context>
    <name>cohort::ui::FilePathField</name>
    <message>
        <location filename="../widgets/file_path_field.cpp" line="+76"/>
        <source>Choose a CSV file.</source>
        <translation>Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Chemin d’un fichier .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file in a dialog</source>
        <translation>Choisir le fichier dans une boîte de dialogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::GlobalMetricsChart</name>
    <message>
        <location filename="../widgets/global_metrics_chart.cpp" line="+122"/>
        <location line="+6"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: always the most common class</source>
        <translation>Référence : toujours la classe la plus fréquente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global loss and accuracy per round</source>
        <translation>Perte et exactitude globales par tour</translation>
    </message>
</context>
<context>
    <name>cohort::ui::HostForm</name>
    <message>
        <location filename="../widgets/host_form.cpp" line="+181"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minimum sites:</source>
        <translation>Nombre &amp;minimum de sites :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled &amp;fraction:</source>
        <translation>&amp;Fraction échantillonnée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Délai limite :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Columns from:</source>
        <translation>&amp;Colonnes issues de :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target column:</source>
        <translation>Colonne c&amp;ible :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out:</source>
        <translation>É&amp;carter :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum sites</source>
        <translation>Nombre minimum de sites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled fraction</source>
        <translation>Fraction échantillonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Délai limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns file</source>
        <translation>Fichier des colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target column</source>
        <translation>Colonne cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to leave out</source>
        <translation>Colonnes à écarter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file with the federation&apos;s columns; the hub reads its header, types and classes and trains on nothing.</source>
        <translation>Un fichier CSV contenant les colonnes de la fédération ; le hub lit son en-tête, ses types et ses classes, sans s’entraîner sur aucune donnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the connected sites asked to train in each round</source>
        <translation>Part des sites connectés sollicités pour l’entraînement à chaque tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port the hub listens on; sites connect to this machine&apos;s address and this port.</source>
        <translation>Le port TCP sur lequel le hub écoute ; les sites se connectent à l’adresse de cette machine sur ce port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many rounds the federation runs; each round stores a model version.</source>
        <translation>Nombre de tours effectués par la fédération ; chaque tour enregistre une version du modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first round starts once this many sites have joined.</source>
        <translation>Le premier tour commence dès que ce nombre de sites a rejoint la fédération.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Comment le hub combine les modèles des sites : FedAvg les pondère selon leur nombre de lignes ; les stratégies robustes résistent à un site qui envoie de mauvaises mises à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column the model learns to predict; every site&apos;s file must have it.</source>
        <translation>La colonne que le modèle apprend à prédire ; le fichier de chaque site doit la contenir.</translation>
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
        <translation>Durée pendant laquelle un tour attend les sites avant d’écarter les retardataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>p. ex. workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. patient_id, ward</source>
        <translation>p. ex. patient_id, service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file that the model must not learn from, separated by commas (an ID, a column that gives the answer away). Sites keep them in their files; the federation ignores them.</source>
        <translation>Colonnes du fichier dont le modèle ne doit pas apprendre, séparées par des virgules (un identifiant, une colonne qui trahit la réponse). Les sites les gardent dans leurs fichiers ; la fédération les ignore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host federation</source>
        <translation>&amp;Héberger la fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host federation</source>
        <translation>Héberger la fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the sites</source>
        <translation>À communiquer aux sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join code:</source>
        <translation>C&amp;ode d’accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy join code</source>
        <translation>Copier le code d’accès</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the column the model should predict.</source>
        <translation>Indiquez la colonne que le modèle doit prédire.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::JoinForm</name>
    <message>
        <location filename="../widgets/join_form.cpp" line="+74"/>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join &amp;code:</source>
        <translation>&amp;Code d’accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Notre &amp;fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hub.example.org:7400</source>
        <translation>hub.example.org:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As given by the hub</source>
        <translation>Tel que fourni par le hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our data file</source>
        <translation>Notre fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows stay on this computer; only model updates and summary statistics are sent.</source>
        <translation>Les lignes restent sur cet ordinateur ; seules les mises à jour du modèle et des statistiques récapitulatives sont envoyées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. clinic-a</source>
        <translation>p. ex. clinique-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s address and port, as the host shows them.</source>
        <translation>L’adresse et le port du hub, tels que l’hôte les affiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the host shows; without it the hub refuses the site.</source>
        <translation>Le code affiché par l’hôte ; sans lui, le hub refuse le site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this site appears to the hub and the other sites; it starts as this computer&apos;s name.</source>
        <translation>Le nom sous lequel ce site apparaît pour le hub et les autres sites ; au départ, le nom de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join federation</source>
        <translation>&amp;Rejoindre la fédération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join federation</source>
        <translation>Rejoindre la fédération</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the hub as host:port, for example hub.example.org:7400.</source>
        <translation>Saisissez le hub sous la forme hôte:port, par exemple hub.example.org:7400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the join code the hub shows.</source>
        <translation>Saisissez le code d’accès affiché par le hub.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the CSV file with this site&apos;s rows.</source>
        <translation>Choisissez le fichier CSV contenant les lignes de ce site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this site a name the hub can show.</source>
        <translation>Donnez à ce site un nom que le hub pourra afficher.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.cpp" line="+58"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ModelsPage</name>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="+18"/>
        <source>Delete stored models</source>
        <translation>Supprimer des modèles enregistrés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export model version</source>
        <translation>Exporter la version du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel)</source>
        <translation>Modèle Cohort (*.cohortmodel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import model version</source>
        <translation>Importer une version du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel);;All files (*)</source>
        <translation>Modèle Cohort (*.cohortmodel);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete the run “%1” with all its %n versions? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l’exécution « %1 » avec sa %n version ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer l’exécution « %1 » avec toutes ses %n versions ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+182"/>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Two versions selected. Press Compare to see them side by side.</source>
        <translation>Deux versions sélectionnées. Cliquez sur Comparer pour les afficher côte à côte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored versions yet. Train a model or run a federation, or import a .cohortmodel file.</source>
        <translation>Aucune version enregistrée pour l’instant. Entraînez un modèle, lancez une fédération ou importez un fichier .cohortmodel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a version to see its details. Select two to compare them.</source>
        <translation>Sélectionnez une version pour afficher ses détails. Sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n versions selected. Select one for its details, or two to compare them.</source>
        <translation>
            <numerusform>%n version sélectionnée. Sélectionnez-en une pour afficher ses détails, ou deux pour les comparer.</numerusform>
            <numerusform>%n versions sélectionnées. Sélectionnez-en une pour afficher ses détails, ou deux pour les comparer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="-16"/>
        <source>Delete version %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer la version %1 (%2) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+75"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, origin or target</source>
        <translation>Nom, origine ou cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter versions</source>
        <translation>Filtrer les versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the versions whose name, origin or target contains this text.</source>
        <translation>Affiche uniquement les versions dont le nom, l’origine ou la cible contient ce texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin filter</source>
        <translation>Filtre d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only versions trained locally, centrally or in a federation.</source>
        <translation>Affiche uniquement les versions entraînées localement, de façon centralisée ou en fédération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Stored versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version details</source>
        <translation>Détails de la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version active</source>
        <translation>Rendre active la version sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two selected versions</source>
        <translation>Comparer les deux versions sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected version to a file</source>
        <translation>Exporter la version sélectionnée dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a version from a file</source>
        <translation>Importer une version depuis un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete version…</source>
        <translation>&amp;Supprimer la version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;run…</source>
        <translation>Supprimer l’e&amp;xécution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every version of the selected run</source>
        <translation>Supprimer toutes les versions de l’exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes all rounds of the selected federation run</source>
        <translation>Supprime tous les tours de l’exécution fédérée sélectionnée</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the selected version</source>
        <translation>Supprimer la version sélectionnée</translation>
    </message>
</context>
<context>
    <name>cohort::ui::PeerForm</name>
    <message>
        <location filename="../widgets/peer_form.cpp" line="+94"/>
        <source>&amp;Listen on port:</source>
        <translation>&amp;Port d’écoute :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbours:</source>
        <translation>&amp;Voisins :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Notre &amp;fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target column:</source>
        <translation>Colonne c&amp;ible :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen port</source>
        <translation>Port d’écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, host:port, …</source>
        <translation>hôte:port, hôte:port, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers to connect to, separated by commas. Leave empty when the others connect to this peer.</source>
        <translation>Pairs auxquels se connecter, séparés par des virgules. Laissez vide si les autres se connectent à ce pair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our data file</source>
        <translation>Notre fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Colonne cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>p. ex. workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds of training and averaging with the neighbours.</source>
        <translation>Nombre de tours d’entraînement et de moyenne avec les voisins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port other peers connect to on this computer.</source>
        <translation>Le port TCP sur lequel les autres pairs se connectent à cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict; every peer&apos;s file must have it.</source>
        <translation>La colonne que le modèle apprend à prédire ; le fichier de chaque pair doit la contenir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows stay on this computer; only model updates are sent to the neighbours.</source>
        <translation>Les lignes restent sur cet ordinateur ; seules les mises à jour du modèle sont envoyées aux voisins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start peer</source>
        <translation>&amp;Démarrer le pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start peer</source>
        <translation>Démarrer le pair</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not host:port. Separate neighbours with commas.</source>
        <translation>« %1 » n’est pas au format hôte:port. Séparez les voisins par des virgules.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CSV file with this peer&apos;s rows.</source>
        <translation>Choisissez le fichier CSV contenant les lignes de ce pair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the column the model should predict.</source>
        <translation>Indiquez la colonne que le modèle doit prédire.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RocChartView</name>
    <message>
        <location filename="../widgets/roc_chart_view.cpp" line="+100"/>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC curves, one per class</source>
        <translation>Courbes ROC, une par classe</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RoundTimelineView</name>
    <message>
        <location filename="../widgets/round_timeline_view.cpp" line="+29"/>
        <location line="+239"/>
        <source>Round timeline</source>
        <translation>Chronologie des tours</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sampled</source>
        <translation>non échantillonné</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rounds appear here as they finish.</source>
        <translation>Les tours s’affichent ici au fur et à mesure qu’ils se terminent.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Round %1, %2: %3</source>
        <translation>Tour %1, %2 : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rounds yet.</source>
        <translation>Aucun tour pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n round(s); last round %1: %2 answered, %3 dropped.</source>
        <translation>
            <numerusform>%n tour ; dernier tour %1 : réponses %2, écartés %3.</numerusform>
            <numerusform>%n tours ; dernier tour %1 : réponses %2, écartés %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteAccuracyChart</name>
    <message>
        <location filename="../widgets/site_accuracy_chart.cpp" line="+121"/>
        <source>Global model</source>
        <translation>Modèle global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site and round</source>
        <translation>Exactitude par site et par tour</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteState</name>
    <message>
        <location filename="../widgets/site_table_model.cpp" line="+23"/>
        <source>joined</source>
        <translation>a rejoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>en entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluating</source>
        <translation>en évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>a quitté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sampled</source>
        <extracomment>A site connected to the hub that was not chosen to train in the last round.</extracomment>
        <translation>non échantillonné</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteTableModel</name>
    <message>
        <location line="+66"/>
        <source>%1 is not taking part in rounds right now; it comes back when it reconnects.</source>
        <translation>%1 ne participe pas aux tours pour le moment ; il reviendra lorsqu’il se reconnectera.</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name, as it joined</source>
        <translation>Le nom sous lequel le site a rejoint la fédération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the site did in the last round</source>
        <translation>Ce que le site a fait au dernier tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the site trains on</source>
        <translation>Lignes sur lesquelles le site s’entraîne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The global model&apos;s accuracy on the site&apos;s held-out rows</source>
        <translation>Exactitude du modèle global sur les lignes mises de côté du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the site took for its part of the last round</source>
        <translation>Temps pris par le site pour sa part du dernier tour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the site last reported</source>
        <translation>Heure du dernier rapport du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
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
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Moyenne tronquée</translation>
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
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training</source>
        <translation>Démarrer l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progression de l’entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The curves appear here while the model trains.</source>
        <translation>Les courbes s’affichent ici pendant l’entraînement du modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (lower is better)</source>
        <translation>Perte (plus bas = meilleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per epoch</source>
        <translation>Perte par époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (higher is better)</source>
        <translation>Exactitude (plus haut = meilleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per epoch</source>
        <translation>Exactitude par époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport loss chart…</source>
        <translation>Exporter le graphique de pe&amp;rte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the loss chart</source>
        <translation>Exporter le graphique de perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export acc&amp;uracy chart…</source>
        <translation>Exporter le graphique d’e&amp;xactitude…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the accuracy chart</source>
        <translation>Exporter le graphique d’exactitude</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the hidden layers under Advanced settings.</source>
        <translation>Corrigez les couches cachées dans Paramètres avancés.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>%n époque terminée en %1.</numerusform>
            <numerusform>%n époques terminées en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epoch %1 of %2 — about %3 left</source>
        <translation>Époque %1 sur %2 — environ %3 restantes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training failed: %1</source>
        <translation>Échec de l’entraînement : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after epoch %n; nothing was saved.</source>
        <translation>
            <numerusform>Arrêté après l’époque %n ; rien n’a été enregistré.</numerusform>
            <numerusform>Arrêté après l’époque %n ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first epoch finished; nothing was saved.</source>
        <translation>Arrêté avant la fin de la première époque ; rien n’a été enregistré.</translation>
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
        <translation>Exactitude</translation>
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
        <translation>Référence de la classe majoritaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of held-out rows the model predicted correctly.</source>
        <translation>Part des lignes mises de côté que le modèle a correctement prédites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 averaged over classes, so rare classes count as much as common ones (0 to 1).</source>
        <translation>F1 moyenné sur les classes : les classes rares comptent autant que les classes fréquentes (de 0 à 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the model ranks positive above negative rows (0.5 is chance, 1 is perfect).</source>
        <translation>Capacité du modèle à classer les lignes positives au-dessus des négatives (0,5 = hasard, 1 = parfait).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy of always guessing the most common value; the model should beat it.</source>
        <translation>Exactitude obtenue en prédisant toujours la valeur la plus fréquente ; le modèle doit faire mieux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training result</source>
        <translation>Résultat de l’entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: predicting &apos;%1&apos;</source>
        <translation>Résultat : prédiction de « %1 »</translation>
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
        <translation>Enregistré comme version du modèle %1.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TrainSettingsForm</name>
    <message>
        <location filename="../widgets/train_settings_form.cpp" line="+39"/>
        <source>Quick</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small network and few epochs: a first look in seconds.</source>
        <translation>Un petit réseau et peu d’époques : un premier aperçu en quelques secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good default for most files.</source>
        <translation>Un bon choix par défaut pour la plupart des fichiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thorough</source>
        <translation>Approfondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger network trained for longer: slower, sometimes better.</source>
        <translation>Un réseau plus grand, entraîné plus longtemps : plus lent, parfois meilleur.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training preset</source>
        <translation>Préréglage d’entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden layers:</source>
        <translation>&amp;Couches cachées :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Epochs:</source>
        <translation>Épo&amp;ques :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Learning rate:</source>
        <translation>Taux d’&amp;apprentissage :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Weight decay:</source>
        <translation>Décr&amp;oissance des poids :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 64,32</source>
        <translation>p. ex. 64,32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per hidden layer, separated by commas.</source>
        <translation>Nombre d’unités par couche cachée, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times training goes through the whole file.</source>
        <translation>Nombre de passages de l’entraînement sur l’ensemble du fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed and data give the same model.</source>
        <translation>La même graine et les mêmes données donnent le même modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick trains a small model in seconds; Thorough a larger one for longer. Custom keeps your own settings.</source>
        <translation>Rapide entraîne un petit modèle en quelques secondes ; Approfondi, un modèle plus grand pendant plus longtemps. Personnalisé conserve vos propres paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big each training step is: too high and training jumps around, too low and it crawls.</source>
        <translation>Taille de chaque pas d’entraînement : trop élevée, l’entraînement oscille ; trop faible, il avance très lentement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per training step. Larger batches are smoother and faster per row.</source>
        <translation>Lignes par pas d’entraînement. Des lots plus grands rendent l’entraînement plus régulier et plus rapide par ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of units switched off at random while training, so the model does not learn the rows by heart (0 = none).</source>
        <translation>Part des unités désactivées au hasard pendant l’entraînement, pour que le modèle n’apprenne pas les lignes par cœur (0 = aucune).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the weights small, another guard against learning the rows by heart (0 = none).</source>
        <translation>Maintient les poids petits : une autre protection contre l’apprentissage des lignes par cœur (0 = aucune).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write up to %1 whole numbers from 1 to %2, separated by commas, e.g. 64,32.</source>
        <translation>Saisissez jusqu’à %1 nombres entiers de 1 à %2, séparés par des virgules, p. ex. 64,32.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your own settings, under Advanced settings.</source>
        <translation>Vos propres paramètres, dans Paramètres avancés.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TypedValuesForm</name>
    <message>
        <location filename="../widgets/typed_values_form.cpp" line="+157"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Typed values</source>
        <translation>Valeurs saisies</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number, e.g. %1.</source>
        <translation>Un nombre, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number, e.g. %1. The model was trained on %2; values beyond that count as the nearest end.</source>
        <translation>Un nombre, p. ex. %1. Le modèle a été entraîné sur %2 ; les valeurs en dehors sont ramenées à la borne la plus proche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it empty if it is unknown: the model fills it in as it did for missing cells in training.</source>
        <translation>Laissez vide si la valeur est inconnue : le modèle la complète comme il l’a fait pour les cellules manquantes à l’entraînement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(missing)</source>
        <translation>(manquante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the values the model knows for %1, or (missing): the model then fills it in as it did for missing cells in training.</source>
        <translation>L’une des valeurs que le modèle connaît pour %1, ou (manquante) : le modèle la complète alors comme il l’a fait pour les cellules manquantes à l’entraînement.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::UserGuideDialog</name>
    <message>
        <location filename="../widgets/user_guide.cpp" line="+63"/>
        <source>Cohort user guide</source>
        <translation>Guide d’utilisation de Cohort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;Open a CSV file (or drop it on the window). Cohort reads it, guesses each column&apos;s kind (number, yes/no, category, identifier, date/time) and checks it. &lt;b&gt;Errors&lt;/b&gt; (a row with too many fields, text in a number column) must be fixed before training; &lt;b&gt;warnings&lt;/b&gt; (missing values, extreme values, a Latin-1 file) are handled for you and listed so that you know. Click a problem to see its cell. Row 1 is the first row after the header; the file&apos;s line is given beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target&lt;/b&gt;: the column the model learns to predict. &lt;b&gt;Features&lt;/b&gt;: the columns it learns from; untick a column to leave it out. Identifier and date/time columns are never used as features.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Données&lt;/h3&gt;&lt;p&gt;Ouvrez un fichier CSV (ou déposez-le sur la fenêtre). Cohort le lit, devine la nature de chaque colonne (nombre, oui/non, catégorie, identifiant, date/heure) et le vérifie. Les &lt;b&gt;erreurs&lt;/b&gt; (une ligne avec trop de champs, du texte dans une colonne de nombres) doivent être corrigées avant l’entraînement ; les &lt;b&gt;avertissements&lt;/b&gt; (valeurs manquantes, valeurs extrêmes, fichier Latin-1) sont traités pour vous et listés pour que vous le sachiez. Cliquez sur un problème pour voir sa cellule. La ligne 1 est la première ligne après l’en-tête ; la ligne du fichier est indiquée à côté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cible&lt;/b&gt; : la colonne que le modèle apprend à prédire. &lt;b&gt;Variables&lt;/b&gt; : les colonnes dont il apprend ; décochez une colonne pour l’exclure. Les colonnes d’identifiants et de date/heure ne servent jamais de variables.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h3&gt;Federation&lt;/h3&gt;&lt;p&gt;Sites train together without sharing rows: only model updates travel. &lt;b&gt;Host&lt;/b&gt; runs the hub that sites join with its address and &lt;b&gt;join code&lt;/b&gt;; &lt;b&gt;Join&lt;/b&gt; takes part as a site with your own file; &lt;b&gt;Peer to peer&lt;/b&gt; runs without a hub; &lt;b&gt;Start demo&lt;/b&gt; runs a hub and simulated sites on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounds&lt;/b&gt;: how many times the sites train and the hub combines.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Minimum sites&lt;/b&gt;: sites needed before a round starts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sampled fraction&lt;/b&gt;: the share of sites asked in each round.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deadline&lt;/b&gt;: how long a round waits for a site; a late site misses that round only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: how updates are combined. FedAvg averages them by rows; FedProx keeps sites near the global model; FedAdam, FedYogi and FedAdagrad add a server optimiser; median and trimmed mean resist a broken site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seconds per round&lt;/b&gt; (demo): slows rounds so that people can follow them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Step by step&lt;/b&gt; (demo): the demo waits, and &lt;b&gt;Next round&lt;/b&gt; runs one round at a time; &lt;b&gt;Resume&lt;/b&gt; runs the rest.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The dotted line on the chart is the majority baseline: a model on that line is no better than always answering the most common class. The card at the end says so in words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fédération&lt;/h3&gt;&lt;p&gt;Les sites s’entraînent ensemble sans partager de lignes : seules les mises à jour du modèle circulent. &lt;b&gt;Héberger&lt;/b&gt; lance le hub que les sites rejoignent avec son adresse et le &lt;b&gt;code d’accès&lt;/b&gt; ; &lt;b&gt;Rejoindre&lt;/b&gt; participe comme site avec votre propre fichier ; &lt;b&gt;Pair à pair&lt;/b&gt; fonctionne sans hub ; &lt;b&gt;Lancer la démo&lt;/b&gt; lance un hub et des sites simulés sur cet ordinateur.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tours&lt;/b&gt; : combien de fois les sites s’entraînent et le hub combine.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sites minimum&lt;/b&gt; : sites nécessaires pour lancer un tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fraction échantillonnée&lt;/b&gt; : la part des sites sollicités à chaque tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Délai&lt;/b&gt; : combien de temps un tour attend un site ; un site en retard ne manque que ce tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stratégie&lt;/b&gt; : comment les mises à jour sont combinées. FedAvg les moyenne selon les lignes ; FedProx garde les sites près du modèle global ; FedAdam, FedYogi et FedAdagrad ajoutent un optimiseur serveur ; médiane et moyenne tronquée résistent à un site défaillant.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Secondes par tour&lt;/b&gt; (démo) : ralentit les tours pour qu’on puisse les suivre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pas à pas&lt;/b&gt; (démo) : la démo attend, et &lt;b&gt;Tour suivant&lt;/b&gt; lance un tour à la fois ; &lt;b&gt;Reprendre&lt;/b&gt; lance le reste.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La ligne pointillée du graphique est la référence majoritaire : un modèle sur cette ligne n’est pas meilleur que de toujours répondre la classe la plus fréquente. La carte de fin le dit en mots.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h3&gt;Models&lt;/h3&gt;&lt;p&gt;Every trained model and every federated round is a &lt;b&gt;version&lt;/b&gt; in the registry, with its settings and test figures. A federation &lt;b&gt;run&lt;/b&gt; is one row: open it to see each round. Make a version &lt;b&gt;active&lt;/b&gt; to use it by default, &lt;b&gt;compare&lt;/b&gt; two versions (the rows that differ are marked), export one to a file or import one, delete a version or a whole run.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Modèles&lt;/h3&gt;&lt;p&gt;Chaque modèle entraîné et chaque tour fédéré est une &lt;b&gt;version&lt;/b&gt; du registre, avec ses réglages et ses résultats de test. Une &lt;b&gt;exécution&lt;/b&gt; fédérée tient sur une ligne : ouvrez-la pour voir chaque tour. Rendez une version &lt;b&gt;active&lt;/b&gt; pour l’utiliser par défaut, &lt;b&gt;comparez&lt;/b&gt; deux versions (les lignes qui diffèrent sont marquées), exportez-en une dans un fichier ou importez-en une, supprimez une version ou toute une exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&lt;h3&gt;Train&lt;/h3&gt;&lt;p&gt;Trains a model on the open file: 70% of the rows to learn, 15% to stop at the best epoch, 15% to test.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the training rows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batch size&lt;/b&gt;: rows per learning step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how big each step is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hidden layers&lt;/b&gt;: the size of the network.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The result is compared with the &lt;b&gt;majority baseline&lt;/b&gt;, always answering the most common class. &lt;b&gt;Balanced accuracy&lt;/b&gt; is the mean of the classes&apos; hit rates: a model that ignores a rare class gets no credit for it. The verdict names a class the model misses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entraîner&lt;/h3&gt;&lt;p&gt;Entraîne un modèle sur le fichier ouvert : 70 % des lignes pour apprendre, 15 % pour s’arrêter à la meilleure époque, 15 % pour tester.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Époques&lt;/b&gt; : passages sur les lignes d’entraînement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taille de lot&lt;/b&gt; : lignes par pas d’apprentissage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taux d’apprentissage&lt;/b&gt; : la taille de chaque pas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Couches cachées&lt;/b&gt; : la taille du réseau.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le résultat est comparé à la &lt;b&gt;référence majoritaire&lt;/b&gt; : toujours répondre la classe la plus fréquente. L’&lt;b&gt;exactitude équilibrée&lt;/b&gt; est la moyenne des taux de détection des classes : un modèle qui ignore une classe rare n’en tire aucun mérite. Le verdict nomme une classe que le modèle manque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h3&gt;Evaluate&lt;/h3&gt;&lt;p&gt;Scores a version on a labelled CSV file (it must hold the column the model predicts). The &lt;b&gt;confusion matrix&lt;/b&gt; shows, for each true class, what the model answered; the &lt;b&gt;ROC curve&lt;/b&gt; shows how well it ranks cases. With few rows the figures are uncertain: the verdict then gives a range.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Évaluer&lt;/h3&gt;&lt;p&gt;Évalue une version sur un fichier CSV étiqueté (il doit contenir la colonne que le modèle prédit). La &lt;b&gt;matrice de confusion&lt;/b&gt; montre, pour chaque vraie classe, ce que le modèle a répondu ; la &lt;b&gt;courbe ROC&lt;/b&gt; montre s’il ordonne bien les cas. Avec peu de lignes, les chiffres sont incertains : le verdict donne alors un intervalle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Explain&lt;/h3&gt;&lt;p&gt;Shows why the model answered what it did, per column, as &lt;b&gt;Shapley values&lt;/b&gt;: how much each column pushed the predicted probability up or down from the &lt;b&gt;base value&lt;/b&gt;, the average prediction over the &lt;b&gt;background rows&lt;/b&gt; (rows of your file the model is compared against). &lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;exact&lt;/i&gt; tries every combination of columns (up to 12 columns); &lt;i&gt;sampling&lt;/i&gt; (Kernel SHAP) estimates them for more columns. Explain one row, or the whole file to see which columns matter most.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expliquer&lt;/h3&gt;&lt;p&gt;Montre, colonne par colonne, pourquoi le modèle a répondu ainsi, sous forme de &lt;b&gt;valeurs de Shapley&lt;/b&gt; : combien chaque colonne a fait monter ou baisser la probabilité prédite à partir de la &lt;b&gt;valeur de base&lt;/b&gt;, la prédiction moyenne sur les &lt;b&gt;lignes de référence&lt;/b&gt; (des lignes de votre fichier auxquelles le modèle est comparé). &lt;b&gt;Méthode&lt;/b&gt; : &lt;i&gt;exacte&lt;/i&gt; essaie chaque combinaison de colonnes (jusqu’à 12 colonnes) ; &lt;i&gt;échantillonnage&lt;/i&gt; (Kernel SHAP) les estime pour plus de colonnes. Expliquez une ligne, ou tout le fichier pour voir quelles colonnes comptent le plus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionCompareView</name>
    <message>
        <location filename="../widgets/version_compare_view.cpp" line="+188"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
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
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Score (0 to 1)</source>
        <translation>Score (de 0 à 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties of both versions</source>
        <translation>Propriétés des deux versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in bold on a tinted background differ between the two versions.</source>
        <translation>Les lignes en gras sur fond coloré diffèrent entre les deux versions.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accuracy, macro F1 and ROC AUC of both versions</source>
        <translation>Exactitude, F1 macro et ROC AUC des deux versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back to details</source>
        <translation>Retour aux détails</translation>
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
        <translation>centralisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federated</source>
        <comment>model origin</comment>
        <translation>fédéré</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1: %n rounds, versions %2 to %3. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</source>
        <translation>
            <numerusform>%1 : %n tour, versions %2 à %3. Les chiffres sont ceux du tour le plus récent ; cliquez sur la flèche ou double-cliquez sur la ligne pour voir chaque tour.</numerusform>
            <numerusform>%1 : %n tours, versions %2 à %3. Les chiffres sont ceux du tour le plus récent ; cliquez sur la flèche ou double-cliquez sur la ligne pour voir chaque tour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predicts %1</source>
        <translation>Prédit %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+25"/>
        <source>● active</source>
        <translation>● active</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1 (%n rounds)</source>
        <comment>a federation run and how many rounds it stored</comment>
        <translation>
            <numerusform>%1 (%n tour)</numerusform>
            <numerusform>%1 (%n tours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● round %1 active</source>
        <translation>● tour %1 actif</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
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
        <translation>Parente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ViewFrame</name>
    <message>
        <location filename="../widgets/view_frame.cpp" line="+76"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as a CSV file</source>
        <translation>Enregistrer ce tableau dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as an image</source>
        <translation>Exporter %1 en image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Enregistrer ce graphique dans un fichier PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>cohort::ui::WaterfallChartView</name>
    <message>
        <location filename="../widgets/waterfall_chart_view.cpp" line="+39"/>
        <location line="+233"/>
        <source>Contributions of each column to the prediction</source>
        <translation>Contributions de chaque colonne à la prédiction</translation>
    </message>
    <message numerus="yes">
        <location line="-175"/>
        <source>%n other column(s)</source>
        <translation>
            <numerusform>%n autre colonne</numerusform>
            <numerusform>%n autres colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Explain a row to see how each column moved its prediction.</source>
        <translation>Expliquez une ligne pour voir comment chaque colonne a modifié sa prédiction.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This row: %1%</source>
        <translation>Cette ligne : %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average: %1%</source>
        <translation>Moyenne : %1 %</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2 percentage points</source>
        <translation>%1 : %2 points de pourcentage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (standard error %2)</source>
        <translation>%1 (erreur type %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row explained yet.</source>
        <translation>Aucune ligne expliquée pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average prediction %1%</source>
        <translation>Prédiction moyenne %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 points</source>
        <translation>%1 : %2 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row %1%</source>
        <translation>cette ligne %1 %</translation>
    </message>
</context>
</TS>

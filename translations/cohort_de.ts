<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ModelVerdict</name>
    <message>
        <location filename="../widgets/model_verdict.cpp" line="+57"/>
        <source>the most common class</source>
        <translation>die häufigste Klasse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No better than always answering %1.</source>
        <translation>Nicht besser, als immer %1 zu antworten.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Better than always answering %1, but it misses most cases of %2: it finds %3 of them.</source>
        <translation>Besser, als immer %1 zu antworten, aber es übersieht die meisten Fälle von %2: es findet %3 davon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Better than always answering %1, and it finds at least half of the cases of every class.</source>
        <translation>Besser, als immer %1 zu antworten, und es findet mindestens die Hälfte der Fälle jeder Klasse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right in %1 of the cases (always answering %2: %3); balanced accuracy %4, the mean of the hit rates of the classes.</source>
        <translation>Richtig in %1 der Fälle (immer %2: %3); balancierte Genauigkeit %4, der Mittelwert der Trefferquoten der Klassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</source>
        <translation>
            <numerusform>Nur %n Fall wurde bewertet: die Genauigkeit kann gut zwischen %1 und %2 liegen (95-%-Intervall).</numerusform>
            <numerusform>Nur %n Fälle wurden bewertet: die Genauigkeit kann gut zwischen %1 und %2 liegen (95-%-Intervall).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::DataController</name>
    <message>
        <location filename="../app/bridge/data_controller.cpp" line="+113"/>
        <source>row %1 (line %2)</source>
        <translation>Zeile %1 (Dateizeile %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>Dateizeile %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, Spalte „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos;</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole file</source>
        <translation>gesamte Datei</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking the target column…</source>
        <translation>Zielspalte wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the columns…</source>
        <translation>Spalten werden geprüft…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Öffnen Sie zuerst auf der Seite „Daten“ eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the errors listed on the Data page first.</source>
        <translation>Beheben Sie zuerst die auf der Seite „Daten“ aufgeführten Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict on the Data page.</source>
        <translation>Wählen Sie auf der Seite „Daten“ die vorherzusagende Spalte aus.</translation>
    </message>
    <message>
        <location filename="../app/bridge/raw_table_model.cpp" line="+47"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
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
        <translation>Öffnen Sie zuerst auf der Seite „Daten“ eine CSV-Datei: Die Zeilen der Datei dienen den Erklärungen als Vergleichshintergrund.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Row %1 is not in %2: it has %n data row(s).</source>
        <translation>
            <numerusform>Zeile %1 gibt es in %2 nicht: die Datei hat %n Datenzeile.</numerusform>
            <numerusform>Zeile %1 gibt es in %2 nicht: die Datei hat %n Datenzeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/typed_values.cpp" line="+27"/>
        <source>%1: there is no field for this column; choose the version again</source>
        <translation>%1: Für diese Spalte gibt es kein Feld; wählen Sie die Version erneut aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of the model&apos;s categories (%3)</source>
        <translation>%1: „%2“ ist keine der Kategorien des Modells (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is neither yes nor no</source>
        <translation>%1: „%2“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+119"/>
        <source>Reading the federation&apos;s columns…</source>
        <translation>Spalten der Föderation werden gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating %1 demo sites (%2)…</source>
        <translation>%1 Demo-Standorte werden erzeugt (%2)…</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+58"/>
        <source>demo %1, %2</source>
        <translation>Demo %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>federation %1</source>
        <translation>Föderation %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+61"/>
        <source>Round %1 of %2 done.</source>
        <translation>Runde %1 von %2 fertig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round %1 of %2 done; paused. Next round runs the next one.</source>
        <translation>Runde %1 von %2 fertig; pausiert. „Nächste Runde“ führt die nächste aus.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Hub on %1, step by step: click Next round to run the first round.</source>
        <translation>Hub auf %1, Schritt für Schritt: Klicken Sie auf „Nächste Runde“, um die erste Runde auszuführen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub auf %1; wartet auf %n Standort.</numerusform>
            <numerusform>Hub auf %1; wartet auf %n Standorte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+26"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>%n Demo-Standortprozess wird auf diesem Computer gestartet.</numerusform>
            <numerusform>%n Demo-Standortprozesse werden auf diesem Computer gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_participant.cpp" line="-31"/>
        <source>Joining %1 as %2…</source>
        <translation>Beitritt zu %1 als %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Joined %1 as %2; waiting for the hub&apos;s rounds.</source>
        <translation>%1 als %2 beigetreten; warte auf die Runden des Hubs.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Done: trained in %n round(s).</source>
        <translation>
            <numerusform>Fertig: in %n Runde trainiert.</numerusform>
            <numerusform>Fertig: in %n Runden trainiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Peer on port %1 with %n neighbour(s).</source>
        <translation>
            <numerusform>Peer auf Port %1 mit %n Nachbarn.</numerusform>
            <numerusform>Peer auf Port %1 mit %n Nachbarn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The peer has run all its rounds.</source>
        <translation>Der Peer hat alle Runden durchlaufen.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+45"/>
        <source>Paused: the running round finishes, no new one starts.</source>
        <translation>Pausiert: Die laufende Runde wird abgeschlossen, es startet keine neue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running one round, then pausing.</source>
        <translation>Eine Runde läuft, danach wird pausiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+1"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_hub.cpp" line="+8"/>
        <source>The federation has run all its rounds.</source>
        <translation>Die Föderation hat alle Runden durchlaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; every finished round is kept as a model version.</source>
        <translation>Gestoppt; jede abgeschlossene Runde bleibt als Modellversion erhalten.</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationLog</name>
    <message>
        <location filename="../app/bridge/federation_log_text.cpp" line="+30"/>
        <source>resuming %1 after round %2 (version %3)</source>
        <translation>%1 wird nach Runde %2 fortgesetzt (Version %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resuming %1 after round %2 (version %3); this older run kept no strategy state</source>
        <translation>%1 wird nach Runde %2 fortgesetzt (Version %3); dieser ältere Lauf hat keinen Strategiezustand gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the run %1 already has all its %2 rounds</source>
        <translation>
            <numerusform>der Lauf %1 hat seine %2 Runde bereits durchlaufen</numerusform>
            <numerusform>der Lauf %1 hat bereits alle %2 Runden durchlaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run already has all its rounds</source>
        <translation>der Lauf hat bereits alle Runden durchlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>refused a connection from %1: %2</source>
        <translation>Verbindung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 reported: %2 (%3)</source>
        <translation>%1 meldet: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused %1: wrong join code</source>
        <translation>%1 abgelehnt: falscher Join-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined from %2</source>
        <translation>%1 ist von %2 aus beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2; it is not admitted</source>
        <translation>%1 %2; der Standort wird nicht zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge the sites&apos; statistics yet: %1; waiting for more sites</source>
        <translation>die Statistiken der Standorte können noch nicht zusammengeführt werden: %1; es wird auf weitere Standorte gewartet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>preprocessing fixed from %1 sites&apos; statistics</source>
        <translation>
            <numerusform>Vorverarbeitung aus den Statistiken von %1 Standort festgelegt</numerusform>
            <numerusform>Vorverarbeitung aus den Statistiken von %1 Standorten festgelegt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left: %2</source>
        <translation>%1 ist ausgetreten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a result from %1 for round %2 (no such round)</source>
        <translation>Ergebnis von %1 für Runde %2 ignoriert (diese Runde gibt es nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not evaluate round %2: %3</source>
        <translation>%1 konnte Runde %2 nicht auswerten: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not evaluate round %2: gave no reason</source>
        <translation>%1 konnte Runde %2 nicht auswerten: ohne Angabe von Gründen</translation>
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
        <translation>%1 in Runde %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evaluation of round %1: %2</source>
        <translation>Auswertung von Runde %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>%1 hat die Föderation verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a result from %1 for round %2 (late, duplicate or not asked)</source>
        <translation>Ergebnis von %1 für Runde %2 ignoriert (verspätet, doppelt oder nicht angefragt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a late result from %1</source>
        <translation>verspätetes Ergebnis von %1 ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not train in round %2: %3</source>
        <translation>%1 konnte in Runde %2 nicht trainieren: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused: no new round starts until resumed</source>
        <translation>pausiert: keine neue Runde startet, bis fortgesetzt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running one round, then pausing</source>
        <translation>eine Runde läuft, danach wird pausiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>round %1 started with %2 of %3 sites</source>
        <translation>
            <numerusform>Runde %1 mit %2 von %3 Standort gestartet</numerusform>
            <numerusform>Runde %1 mit %2 von %3 Standorten gestartet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results)</source>
        <translation>Runde %1 hat ihr Quorum verfehlt (%2 von %3 Ergebnissen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round %1 missed its quorum (%2 of %3 results; one site&apos;s update alone is never sent to the others)</source>
        <translation>Runde %1 hat ihr Quorum verfehlt (%2 von %3 Ergebnissen; die Aktualisierung eines einzelnen Standorts wird nie an die anderen gesendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 could not aggregate: %2</source>
        <translation>Runde %1 konnte nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused after round %1: no new round starts until the next step or resume</source>
        <translation>pausiert nach Runde %1: keine neue Runde startet bis zum nächsten Schritt oder bis fortgesetzt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 will run again in %2 ms</source>
        <translation>Runde %1 läuft in %2 ms erneut</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the federation finished after %1 rounds</source>
        <translation>
            <numerusform>die Föderation ist nach %1 Runde fertig</numerusform>
            <numerusform>die Föderation ist nach %1 Runden fertig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot accept connections (%1); trying again in %2 ms</source>
        <translation>Verbindungen können nicht angenommen werden (%1); neuer Versuch in %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected to the hub at %1</source>
        <translation>mit dem Hub unter %1 verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (%2)</source>
        <translation>neuer Verbindungsversuch in %1 ms (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting in %1 ms (the connection closed: %2)</source>
        <translation>neuer Verbindungsversuch in %1 ms (die Verbindung wurde geschlossen: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gave up reaching the hub: %1</source>
        <translation>Hub nicht erreichbar, aufgegeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gave up reaching the hub: the connection closed: %1</source>
        <translation>Hub nicht erreichbar, aufgegeben: die Verbindung wurde geschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>joined as %1 with %2 training and %3 evaluation rows</source>
        <translation>
            <numerusform>als %1 beigetreten, mit %2 Trainings- und %3 Auswertungszeile</numerusform>
            <numerusform>als %1 beigetreten, mit %2 Trainings- und %3 Auswertungszeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped the fit for round %1: the hub has moved on</source>
        <translation>Training für Runde %1 übersprungen: der Hub ist schon weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not train in round %1: %2</source>
        <translation>konnte in Runde %1 nicht trainieren: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not evaluate round %1: %2</source>
        <translation>konnte Runde %1 nicht auswerten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1: the hub refused it: this site %2</source>
        <translation>Runde %1: der Hub hat sie abgelehnt: dieser Standort %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub reported: %1</source>
        <translation>der Hub meldet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub refused this site: %1</source>
        <translation>der Hub hat diesen Standort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub sent settings this site cannot use: %1</source>
        <translation>der Hub hat Einstellungen gesendet, die dieser Standort nicht verwenden kann: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file does not fit the federation&apos;s columns</source>
        <translation>die Datei passt nicht zu den Spalten der Föderation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot apply the federation&apos;s preprocessing: %1</source>
        <translation>die Vorverarbeitung der Föderation kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept the final global model (round %1) as version %2 in %3</source>
        <translation>endgültiges globales Modell (Runde %1) als Version %2 in %3 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final global model in %1: %2</source>
        <translation>endgültiges globales Modell konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: all rounds done</source>
        <translation>die Föderation ist beendet: alle Runden abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the federation finished: %1</source>
        <translation>die Föderation ist beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listening on %1:%2</source>
        <translation>empfangsbereit auf %1:%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found %1 at %2:%3</source>
        <translation>%1 unter %2:%3 gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 joined</source>
        <translation>Nachbar %1 ist beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neighbour %1 left</source>
        <translation>Nachbar %1 ist ausgetreten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %1 of %2 neighbours answered; going on</source>
        <translation>
            <numerusform>Antwort von nur %1 von %2 Nachbarn; es geht weiter</numerusform>
            <numerusform>Antworten von nur %1 von %2 Nachbarn; es geht weiter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>caught up from %1 after round %2</source>
        <translation>Stand von %1 nach Runde %2 übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1: %2</source>
        <translation>Modell von %1 ignoriert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored a model from %1: no such round</source>
        <translation>Modell von %1 ignoriert: diese Runde gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored a model from %1 for round %2 (a finished round, too far ahead, or an impossible degree)</source>
        <translation>Modell von %1 für Runde %2 ignoriert (eine abgeschlossene Runde, zu weit voraus oder eine unmögliche Zahl von Nachbarn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out the model of %1 in round %2: it %3</source>
        <translation>Modell von %1 in Runde %2 nicht berücksichtigt: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept the final model as version %1 in %2</source>
        <translation>endgültiges Modell als Version %1 in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not keep the final model in %1: %2</source>
        <translation>endgültiges Modell konnte nicht in %1 gespeichert werden: %2</translation>
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
            <numerusform>Diese Zeile hat %Ln Feld, die Kopfzeile hat %2</numerusform>
            <numerusform>Diese Zeile hat %Ln Felder, die Kopfzeile hat %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for a missing or extra delimiter or an unclosed quote</source>
        <translation>Prüfen Sie auf ein fehlendes oder überzähliges Trennzeichen oder ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%Ln weitere Zeile hat die falsche Anzahl an Feldern</numerusform>
            <numerusform>%Ln weitere Zeilen haben die falsche Anzahl an Feldern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the rows listed above first; the others are likely alike</source>
        <translation>Beheben Sie zuerst die oben aufgeführten Zeilen; die anderen sind vermutlich ähnlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row (%1, …) looks like data, not like column names</source>
        <extracomment>%1 is the first few cells of the first row, separated by commas.</extracomment>
        <translation>Die erste Zeile (%1, …) sieht nach Daten aus, nicht nach Spaltennamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row with the column names at the top of the file</source>
        <translation>Fügen Sie am Anfang der Datei eine Zeile mit den Spaltennamen ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1 has no name; it is called “%2”</source>
        <translation>Spalte %1 hat keinen Namen; sie heißt „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every column a name in the header row</source>
        <translation>Geben Sie jeder Spalte in der Kopfzeile einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two columns are named “%1”</source>
        <translation>Zwei Spalten heißen „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename one of them in the header row</source>
        <translation>Benennen Sie eine davon in der Kopfzeile um</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The file has %Ln column(s); at least 2 are needed (features and a target)</source>
        <translation>
            <numerusform>Die Datei hat %Ln Spalte; mindestens 2 sind nötig (Merkmale und eine Zielspalte)</numerusform>
            <numerusform>Die Datei hat %Ln Spalten; mindestens 2 sind nötig (Merkmale und eine Zielspalte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the delimiter (comma, semicolon or tab) of the file</source>
        <translation>Prüfen Sie das Trennzeichen (Komma, Semikolon oder Tabulator) der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than 4 GB</source>
        <translation>Die Datei ist größer als 4 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it into several files</source>
        <translation>Teilen Sie sie in mehrere Dateien auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byte %1 at offset %2 is neither UTF-8 nor Latin-1 text</source>
        <extracomment>%1 is a byte in hexadecimal (0x81), %2 its position in the file.</extracomment>
        <translation>Byte %1 an Position %2 ist weder UTF-8- noch Latin-1-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file as CSV in UTF-8 encoding</source>
        <translation>Speichern Sie die Datei als CSV mit UTF-8-Kodierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not UTF-8; it was read as Latin-1 (ISO-8859-1)</source>
        <translation>Die Datei ist nicht UTF-8-kodiert; sie wurde als Latin-1 (ISO-8859-1) gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check accented names; save the file as UTF-8 to silence this warning</source>
        <translation>Prüfen Sie Namen mit Umlauten oder Akzenten; speichern Sie die Datei als UTF-8, damit diese Warnung verschwindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with a header row and data rows</source>
        <translation>Exportieren Sie die Daten erneut mit einer Kopfzeile und Datenzeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read past this line (%1)</source>
        <extracomment>%1 is the CSV parser&apos;s own reason, in English.</extracomment>
        <translation>Die Datei kann über diese Zeile hinaus nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the quoting of this row</source>
        <translation>Prüfen Sie die Anführungszeichen in dieser Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no data rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the data again with its rows</source>
        <translation>Exportieren Sie die Daten erneut mit ihren Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln value(s) beyond ±%2 (%3) are too large to compute with; they will be clipped to ±%2</source>
        <extracomment>%2 is the largest usable value, %3 a few of the values with their lines.</extracomment>
        <translation>
            <numerusform>%Ln Wert jenseits von ±%2 (%3) ist zu groß zum Rechnen; er wird auf ±%2 begrenzt</numerusform>
            <numerusform>%Ln Werte jenseits von ±%2 (%3) sind zu groß zum Rechnen; sie werden auf ±%2 begrenzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors, or rescale the column</source>
        <translation>Prüfen Sie diese Werte auf Tipp- oder Einheitenfehler oder skalieren Sie die Spalte um</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln extreme value(s), e.g. %2, far outside the typical range from %3 to %4; they will be clipped to the training data&apos;s quantiles</source>
        <translation>
            <numerusform>%Ln Extremwert, z. B. %2, weit außerhalb des typischen Bereichs von %3 bis %4; er wird auf die Quantile der Trainingsdaten begrenzt</numerusform>
            <numerusform>%Ln Extremwerte, z. B. %2, weit außerhalb des typischen Bereichs von %3 bis %4; sie werden auf die Quantile der Trainingsdaten begrenzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check these values for typing or unit errors</source>
        <translation>Prüfen Sie diese Werte auf Tipp- oder Einheitenfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column has no values; it is ignored</source>
        <translation>Die Spalte hat keine Werte; sie wird ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The column holds numbers, but %Ln cell(s) are text (%2)</source>
        <extracomment>%2 lists a few of the cells with their lines.</extracomment>
        <translation>
            <numerusform>Die Spalte enthält Zahlen, aber %Ln Zelle ist Text (%2)</numerusform>
            <numerusform>Die Spalte enthält Zahlen, aber %Ln Zellen sind Text (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Correct these cells, or leave them empty or NA if the value is unknown</source>
        <translation>Korrigieren Sie diese Zellen oder lassen Sie sie leer bzw. tragen Sie NA ein, wenn der Wert unbekannt ist</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%Ln text cell(s) in a numeric column (%2) are treated as missing</source>
        <translation>
            <numerusform>%Ln Textzelle in einer numerischen Spalte (%2) wird als fehlend behandelt</numerusform>
            <numerusform>%Ln Textzellen in einer numerischen Spalte (%2) werden als fehlend behandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The federation&apos;s column is numeric, but %Ln of its %2 cells are text (%3)</source>
        <translation>
            <numerusform>In der Föderation ist die Spalte numerisch, aber %Ln ihrer %2 Zellen ist Text (%3)</numerusform>
            <numerusform>In der Föderation ist die Spalte numerisch, aber %Ln ihrer %2 Zellen sind Text (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column holds dates or times; it is not used as a feature</source>
        <translation>Die Spalte enthält Datums- oder Zeitangaben; sie wird nicht als Merkmal verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use it, add a number computed from it (an age in days, an hour of the day) as a column of its own</source>
        <translation>Um sie zu nutzen, fügen Sie eine daraus berechnete Zahl (ein Alter in Tagen, eine Tagesstunde) als eigene Spalte hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The column looks like an identifier or free text (%Ln distinct value(s)); it is not used as a feature</source>
        <translation>
            <numerusform>Die Spalte sieht nach einer Kennung oder Freitext aus (%Ln verschiedener Wert); sie wird nicht als Merkmal verwendet</numerusform>
            <numerusform>Die Spalte sieht nach einer Kennung oder Freitext aus (%Ln verschiedene Werte); sie wird nicht als Merkmal verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln missing value(s) (%2%) will be filled with the median of the training rows</source>
        <extracomment>%2 is a percentage of the rows, without the % sign.</extracomment>
        <translation>
            <numerusform>%Ln fehlender Wert (%2 %) wird mit dem Median der Trainingszeilen aufgefüllt</numerusform>
            <numerusform>%Ln fehlende Werte (%2 %) werden mit dem Median der Trainingszeilen aufgefüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln missing value(s) (%2%) will be filled with the most frequent value of the training rows</source>
        <translation>
            <numerusform>%Ln fehlender Wert (%2 %) wird mit dem häufigsten Wert der Trainingszeilen aufgefüllt</numerusform>
            <numerusform>%Ln fehlende Werte (%2 %) werden mit dem häufigsten Wert der Trainingszeilen aufgefüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have no target value; they are left out of training</source>
        <translation>
            <numerusform>%Ln Zeile hat keinen Zielwert; sie wird beim Training ausgelassen</numerusform>
            <numerusform>%Ln Zeilen haben keinen Zielwert; sie werden beim Training ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) have no target value; they are left out</source>
        <translation>
            <numerusform>%Ln Zeile hat keinen Zielwert; sie wird ausgelassen</numerusform>
            <numerusform>%Ln Zeilen haben keinen Zielwert; sie werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target has only one value (“%1”); there is nothing to learn</source>
        <translation>Die Zielspalte hat nur einen Wert („%1“); es gibt nichts zu lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Choose a column with at least two classes</source>
        <translation>Wählen Sie eine Spalte mit mindestens zwei Klassen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The target column has no values</source>
        <translation>Die Zielspalte hat keine Werte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The target has %Ln distinct value(s); Cohort trains classifiers</source>
        <translation>
            <numerusform>Die Zielspalte hat %Ln verschiedenen Wert; Cohort trainiert Klassifikationsmodelle</numerusform>
            <numerusform>Die Zielspalte hat %Ln verschiedene Werte; Cohort trainiert Klassifikationsmodelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a column with a few classes, or group the values into classes</source>
        <translation>Wählen Sie eine Spalte mit wenigen Klassen oder fassen Sie die Werte zu Klassen zusammen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Class “%1” has %Ln row(s); at least %3 are needed</source>
        <translation>
            <numerusform>Klasse „%1“ hat %Ln Zeile; mindestens %3 sind nötig</numerusform>
            <numerusform>Klasse „%1“ hat %Ln Zeilen; mindestens %3 sind nötig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rows of this class, or remove or merge it</source>
        <translation>Fügen Sie Zeilen dieser Klasse hinzu oder entfernen Sie die Klasse bzw. führen Sie sie mit einer anderen zusammen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no column named “%1”</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>Es gibt keine Spalte namens „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the target among: %2</source>
        <translation>Wählen Sie die Zielspalte aus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no column “%1”, the target this model predicts</source>
        <translation>Die Datei hat keine Spalte „%1“, die dieses Modell vorhersagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file whose rows hold the true “%1” of each case</source>
        <translation>Wählen Sie eine Datei, deren Zeilen das wahre „%1“ jedes Falls enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no column named “%1” to leave out</source>
        <extracomment>%2 lists the file&apos;s column names.</extracomment>
        <translation>Es gibt keine Spalte „%1“ zum Weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s columns are: %2</source>
        <translation>Die Spalten der Datei sind: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is usable as a feature</source>
        <translation>Keine Spalte ist als Merkmal verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add numeric, yes/no or categorical columns besides the target</source>
        <translation>Fügen Sie neben der Zielspalte numerische, Ja/Nein- oder kategoriale Spalten hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The federation&apos;s column is yes/no, but %Ln cell(s) are not (%2)</source>
        <translation>
            <numerusform>In der Föderation ist die Spalte vom Typ Ja/Nein, aber %Ln Zelle hat keinen Ja/Nein-Wert (%2)</numerusform>
            <numerusform>In der Föderation ist die Spalte vom Typ Ja/Nein, aber %Ln Zellen haben keinen Ja/Nein-Wert (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 0/1, yes/no or true/false, or leave the cell empty if the value is unknown</source>
        <translation>Verwenden Sie 0/1, yes/no oder true/false oder lassen Sie die Zelle leer, wenn der Wert unbekannt ist</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cell(s) hold categories the federation has not seen (%2); they are encoded as all zeros</source>
        <extracomment>%3 lists the federation&apos;s categories.</extracomment>
        <translation>
            <numerusform>%Ln Zelle enthält eine Kategorie, die die Föderation nicht kennt (%2); sie wird ausschließlich mit Nullen kodiert</numerusform>
            <numerusform>%Ln Zellen enthalten Kategorien, die die Föderation nicht kennt (%2); sie werden ausschließlich mit Nullen kodiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling against the federation&apos;s categories: %3</source>
        <translation>Prüfen Sie die Schreibweise anhand der Kategorien der Föderation: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have a class the federation does not know (%2); they are left out</source>
        <translation>
            <numerusform>%Ln Zeile hat eine Klasse, die die Föderation nicht kennt (%2); sie wird ausgelassen</numerusform>
            <numerusform>%Ln Zeilen haben eine Klasse, die die Föderation nicht kennt (%2); sie werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation&apos;s classes are: %3</source>
        <translation>Die Klassen der Föderation sind: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row has one of the federation&apos;s classes (%1)</source>
        <translation>Keine Zeile hat eine der Klassen der Föderation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the same class labels as the hub&apos;s</source>
        <translation>Prüfen Sie, ob die Zielspalte dieselben Klassenbezeichnungen enthält wie die des Hubs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The federation needs the column “%1”, which the file does not have</source>
        <translation>Die Föderation benötigt die Spalte „%1“, die in der Datei fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or add the column: every site needs the federation&apos;s columns</source>
        <translation>Benennen Sie die Spalte um oder fügen Sie sie hinzu: Jeder Standort braucht die Spalten der Föderation</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) have no target value or a class the model does not know; they are not evaluated</source>
        <translation>
            <numerusform>%Ln Zeile hat keinen Zielwert oder eine Klasse, die das Modell nicht kennt; sie wird nicht ausgewertet</numerusform>
            <numerusform>%Ln Zeilen haben keinen Zielwert oder eine Klasse, die das Modell nicht kennt; sie werden nicht ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row has a class the model knows</source>
        <translation>Keine Zeile hat eine Klasse, die das Modell kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the target column holds the model&apos;s classes</source>
        <translation>Prüfen Sie, ob die Zielspalte die Klassen des Modells enthält</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>line %1: %2</source>
        <comment>a value</comment>
        <translation>Dateizeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 “%2”</source>
        <comment>a cell</comment>
        <translation>Dateizeile %1 „%2“</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Line %1, column “%2”</source>
        <translation>Dateizeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1</source>
        <translation>Dateizeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column “%1”</source>
        <translation>Spalte „%1“</translation>
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
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About Cohort</source>
        <translation>Über Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Federated learning on health and fitness data: each site keeps its rows; only model updates travel.&lt;/p&gt;&lt;p&gt;Model registry: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cohort %1&lt;/b&gt;&lt;p&gt;Föderiertes Lernen mit Gesundheits- und Fitnessdaten: Jeder Standort behält seine Zeilen; nur Modellaktualisierungen werden übertragen.&lt;/p&gt;&lt;p&gt;Modellregister: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cohort — federated learning</source>
        <translation>Cohort — föderiertes Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open CSV…</source>
        <translation>CSV ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ederation</source>
        <translation>&amp;Föderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;demo federation</source>
        <translation>&amp;Demo-Föderation starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cohort</source>
        <translation>Ü&amp;ber Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_wiring.cpp" line="+59"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Öffnen Sie zuerst auf der Seite „Daten“ eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: epoch %1 of %2</source>
        <translation>Training: Epoche %1 von %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Evaluating version %1 on %2…</source>
        <translation>Version %1 wird mit %2 ausgewertet…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Federation: round %1 done</source>
        <translation>Föderation: Runde %1 abgeschlossen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Explaining…</source>
        <translation>Wird erklärt…</translation>
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
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an address such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation>Geben Sie eine Adresse wie 127.0.0.1 an, oder 0.0.0.0 für alle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another port, or stop the program that uses it.</source>
        <translation>Wählen Sie einen anderen Port, oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not reach %1 in time</source>
        <translation>%1 war nicht rechtzeitig erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Check the address and that the hub is running.</source>
        <translation>Prüfen Sie die Adresse und ob der Hub läuft.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name.</source>
        <translation>Prüfen Sie den Rechnernamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub was stopped</source>
        <translation>der Hub wurde beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer was stopped</source>
        <translation>der Peer wurde beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub holds %1 connections, its limit</source>
        <translation>der Hub hält %1 Verbindungen, seine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections from %1 (%2)</source>
        <translation>zu viele Verbindungen von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this hub speaks protocol version %1</source>
        <translation>dieser Hub spricht Protokollversion %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the same version of Cohort on the hub and the sites.</source>
        <translation>Verwenden Sie dieselbe Cohort-Version auf dem Hub und an den Standorten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say Hello before anything else</source>
        <translation>erst Hello senden, dann alles andere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this connection has said Hello already</source>
        <translation>diese Verbindung hat Hello schon gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the join code is not right; ask the hub for it</source>
        <translation>der Join-Code stimmt nicht; fragen Sie beim Hub danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared %1 training rows</source>
        <translation>hat %1 Trainingszeilen angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declared %1 evaluation rows</source>
        <translation>hat %1 Auswertungszeilen angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent statistics of a column &apos;%1&apos; that is not a federation column, or twice</source>
        <translation>hat Statistiken einer Spalte „%1“ gesendet, die keine Spalte der Föderation ist, oder doppelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent more categories for &apos;%1&apos; than it has rows</source>
        <translation>hat für „%1“ mehr Kategorien gesendet, als es Zeilen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent more classes than it has rows</source>
        <translation>hat mehr Klassen gesendet, als es Zeilen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts more rows per class than its %1 training rows</source>
        <translation>zählt mehr Zeilen pro Klasse als seine %1 Trainingszeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported training on %1 rows, it declared %2</source>
        <translation>hat Training auf %1 Zeilen gemeldet, angegeben waren %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported a training loss that is not a finite, non-negative number</source>
        <translation>hat einen Trainingsverlust gemeldet, der keine endliche, nicht negative Zahl ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported an evaluation of %1 rows, it declared %2</source>
        <translation>hat eine Auswertung von %1 Zeilen gemeldet, angegeben waren %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported an evaluation loss that is not a finite, non-negative number</source>
        <translation>hat einen Auswertungsverlust gemeldet, der keine endliche, nicht negative Zahl ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported a confusion count outside its rows</source>
        <translation>hat einen Wert der Konfusionsmatrix außerhalb seiner Zeilen gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported confusion counts adding up to %1, not its %2 rows</source>
        <translation>hat Werte der Konfusionsmatrix mit der Summe %1 gemeldet, nicht seine %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent %1 parameters, the model has %2</source>
        <translation>hat %1 Parameter gesendet, das Modell hat %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent parameters that are not finite numbers</source>
        <translation>hat Parameter gesendet, die keine endlichen Zahlen sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent an update %1 away from the model it started from (at most %2, %3 times the model&apos;s size)</source>
        <translation>hat eine Änderung gesendet, die %1 vom Ausgangsmodell entfernt ist (höchstens %2, das %3-Fache der Modellgröße)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent an update %1 away from the global model, more than %2 times the round&apos;s median step (%3)</source>
        <translation>hat eine Änderung gesendet, die %1 vom globalen Modell entfernt ist, mehr als das %2-Fache des mittleren Schritts der Runde (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file, not a folder.</source>
        <translation>Wählen Sie eine CSV-Datei, keinen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training was stopped; no version was saved</source>
        <translation>das Training wurde abgebrochen; es wurde keine Version gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training diverged: the model&apos;s weights are not finite numbers</source>
        <translation>das Training ist divergiert: die Gewichte des Modells sind keine endlichen Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, or check the file for extreme values.</source>
        <translation>Senken Sie die Lernrate, oder prüfen Sie die Datei auf extreme Werte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local training diverged: the weights are not finite numbers</source>
        <translation>das lokale Training ist divergiert: die Gewichte sind keine endlichen Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate.</source>
        <translation>Senken Sie die Lernrate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model needs the column &apos;%1&apos;, which the file does not have</source>
        <translation>das Modell braucht die Spalte „%1“, die in der Datei fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a file with the same columns as the training data.</source>
        <translation>Verwenden Sie eine Datei mit denselben Spalten wie die Trainingsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no registry at %1</source>
        <translation>keine Registry unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Train or federate a model into it first, or choose another file.</source>
        <translation>Trainieren oder föderieren Sie zuerst ein Modell hinein, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no registry at %1: the file is an empty database</source>
        <translation>keine Registry unter %1: die Datei ist eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file does not match the federation&apos;s schema (%1 error(s))</source>
        <translation>die Datei passt nicht zum Schema der Föderation (Fehler: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the problems listed for the file and try again.</source>
        <translation>Beheben Sie die für die Datei aufgeführten Probleme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has other columns or another target</source>
        <translation>Peer %1 hat andere Spalten oder eine andere Zielspalte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peer %1 has column &apos;%2&apos; where this peer has &apos;%3&apos; (or another type)</source>
        <translation>Peer %1 hat die Spalte „%2“, wo dieser Peer „%3“ hat (oder einen anderen Typ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this peer&apos;s target holds the class &apos;%1&apos;, which the running federation does not know</source>
        <translation>die Zielspalte dieses Peers enthält die Klasse „%1“, die die laufende Föderation nicht kennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove those rows, or start the federation again with them.</source>
        <translation>Entfernen Sie diese Zeilen, oder starten Sie die Föderation mit ihnen neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not store round %1: %2</source>
        <translation>Runde %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stopped so that no round goes unrecorded; start the hub again to resume.</source>
        <translation>Der Lauf wurde angehalten, damit keine Runde ungespeichert bleibt; starten Sie den Hub erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the explanation was stopped</source>
        <translation>die Erklärung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is past the end of the table</source>
        <translation>Zeile %1 liegt hinter dem Ende der Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected during the round</source>
        <translation>hat während der Runde die Verbindung verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed the deadline</source>
        <translation>hat die Frist verpasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left before evaluating</source>
        <translation>ist vor der Auswertung gegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave no reason</source>
        <translation>hat keinen Grund genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable update: %1</source>
        <translation>hat eine unlesbare Änderung gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent an unreadable evaluation: %1</source>
        <translation>hat eine unlesbare Auswertung gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not evaluate in time</source>
        <translation>hat nicht rechtzeitig ausgewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the invitation&apos;s secret is not right</source>
        <translation>das Geheimnis der Einladung stimmt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the whole invitation again, or ask the host for a new one.</source>
        <translation>Fügen Sie die ganze Einladung erneut ein, oder bitten Sie den Host um eine neue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invitation has expired</source>
        <translation>die Einladung ist abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Ask the host for a new invitation.</source>
        <translation>Bitten Sie den Host um eine neue Einladung.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the invitation has been used already</source>
        <translation>die Einladung wurde schon verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection could not be set up: %1</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hub&apos;s certificate does not match the invitation&apos;s fingerprint: the address may be wrong or the connection intercepted</source>
        <translation>das Zertifikat des Hubs passt nicht zum Fingerabdruck der Einladung: die Adresse ist vielleicht falsch oder die Verbindung wird abgefangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address and the invitation with the host before you connect again.</source>
        <translation>Prüfen Sie Adresse und Einladung mit dem Host, bevor Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This cannot be used: %1</source>
        <translation>Dies kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading or writing failed: %1</source>
        <translation>Lesen oder Schreiben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected failure: %1</source>
        <translation>Ein unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1</source>
        <extracomment>Where an error is in a file: its line (the header is line 1).</extracomment>
        <translation>Dateizeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1</source>
        <extracomment>Where an error is in a file: its column&apos;s name.</extracomment>
        <translation>Spalte %1</translation>
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
        <translation>Datensatz %1 im Register: %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset %1 in the registry</source>
        <translation>Datensatz %1 im Register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dataset recorded (%1)</source>
        <translation>Kein Datensatz erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../app/bridge/registry_controller.cpp" line="+32"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Version %1 is now the active model.</source>
        <translation>Version %1 ist jetzt das aktive Modell.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 exported to %2.</source>
        <translation>Version %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported %1 as version %2.</source>
        <translation>%1 als Version %2 importiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version %1 deleted.</source>
        <translation>Version %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Run “%1” deleted with its %n versions.</source>
        <translation>
            <numerusform>Lauf „%1“ mit seiner %n Version gelöscht.</numerusform>
            <numerusform>Lauf „%1“ mit seinen %n Versionen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be evaluated:
%2</source>
        <translation>%1 kann nicht ausgewertet werden:
%2</translation>
    </message>
</context>
<context>
    <name>cohort::app::TrainingController</name>
    <message>
        <location filename="../app/bridge/training_controller.cpp" line="+149"/>
        <source>The file cannot be trained on:
%1</source>
        <translation>Mit der Datei kann nicht trainiert werden:
%1</translation>
    </message>
</context>
<context>
    <name>cohort::ui::BeeswarmChartView</name>
    <message>
        <location filename="../widgets/beeswarm_chart_view.cpp" line="+33"/>
        <location line="+202"/>
        <source>SHAP values of every row, one line per column</source>
        <translation>SHAP-Werte aller Zeilen, eine Reihe pro Spalte</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Explain the dataset to see every row&apos;s SHAP values.</source>
        <translation>Klicken Sie auf „Datensatz erklären“, um die SHAP-Werte aller Zeilen zu sehen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SHAP value: effect on the chance of %1 (percentage points)</source>
        <translation>SHAP-Wert: Effekt auf die Wahrscheinlichkeit für %1 (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature value:</source>
        <translation>Merkmalswert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>feature value</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>feature value</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%1: on average moves the chance by %2 points (%Ln row(s))</source>
        <translation>
            <numerusform>%1: verändert die Wahrscheinlichkeit im Mittel um %2 Prozentpunkte (%Ln Zeile)</numerusform>
            <numerusform>%1: verändert die Wahrscheinlichkeit im Mittel um %2 Prozentpunkte (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: mean absolute effect %2 points</source>
        <translation>%1: mittlerer absoluter Effekt %2 Prozentpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dataset explained yet.</source>
        <translation>Noch kein Datensatz erklärt.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ChartExport</name>
    <message>
        <location filename="../widgets/chart_export.cpp" line="+43"/>
        <source>Could not write %1: the folder may not exist or be read-only.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner existiert möglicherweise nicht oder ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a file name ending in .png or .svg (got %1).</source>
        <translation>Verwenden Sie einen Dateinamen mit der Endung .png oder .svg (angegeben: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: the folder may not exist, be read-only or full.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner existiert möglicherweise nicht, ist schreibgeschützt oder voll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ClassMetricsModel</name>
    <message>
        <location filename="../widgets/class_metrics_model.cpp" line="+70"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ColumnSummaryPanel</name>
    <message>
        <location filename="../widgets/column_summary_panel.cpp" line="+37"/>
        <source>Number</source>
        <comment>column type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <comment>column type</comment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/No</source>
        <comment>column type</comment>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <comment>column type</comment>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date/time</source>
        <comment>column type</comment>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <comment>column type</comment>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict.</source>
        <translation>Die Spalte, die das Modell vorherzusagen lernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a column</source>
        <translation>Spalte auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of the selected column</source>
        <translation>Verteilung der ausgewählten Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/number_text.cpp" line="+39"/>
        <source>%1 to %2</source>
        <comment>value range</comment>
        <translation>%1 bis %2</translation>
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
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
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
        <translation>Deaktivieren Sie das Kästchen, um diese Spalte nicht als Merkmal zu verwenden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a column to see its distribution.</source>
        <translation>Wählen Sie eine Spalte aus, um ihre Verteilung anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; holds dates or times: it is not used to predict.</source>
        <translation>„%1“ enthält Datums- oder Zeitangaben: die Spalte wird nicht zur Vorhersage verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; identifies rows (its values all differ): it has no distribution and is not used to predict.</source>
        <translation>„%1“ kennzeichnet Zeilen (alle Werte verschieden): die Spalte hat keine Verteilung und wird nicht zur Vorhersage verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No distribution to show for &apos;%1&apos;.</source>
        <translation>Für „%1“ ist keine Verteilung verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of &apos;%1&apos;</source>
        <translation>Verteilung von „%1“</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/confusion_matrix_view.cpp" line="+40"/>
        <location line="+155"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The confusion matrix appears after an evaluation.</source>
        <translation>Die Konfusionsmatrix erscheint nach einer Auswertung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Actual %1, predicted %2: %3 (%4 % of the actual %1 rows)</source>
        <translation>Tatsächlich %1, vorhergesagt %2: %3 (%4 % der Zeilen mit tatsächlich %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>actual %1: %2</source>
        <translation>tatsächlich %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation yet.</source>
        <translation>Noch keine Auswertung.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DataPage</name>
    <message>
        <location filename="../widgets/data_page.cpp" line="+176"/>
        <source>Reading file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+43"/>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by “%1”</source>
        <translation>getrennt durch „%1“</translation>
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
        <translation>CSV ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/data_page_file.cpp" line="+28"/>
        <source>Open CSV file</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the file&apos;s rows</source>
        <translation>Vorschau der Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../widgets/data_page_file.cpp" line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
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
        <translation>Noch keine zuletzt verwendeten Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a recently used file.</source>
        <translation>Eine zuletzt verwendete Datei öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file open. Open a CSV file or drop one here.</source>
        <translation>Keine Datei geöffnet. Öffnen Sie eine CSV-Datei oder ziehen Sie eine hierher.</translation>
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
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/data_page.cpp" line="+16"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Ready to train: %Ln row(s), target &apos;%1&apos;.</source>
        <translation>
            <numerusform>Bereit zum Training: %Ln Zeile, Zielspalte „%1“.</numerusform>
            <numerusform>Bereit zum Training: %Ln Zeilen, Zielspalte „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This file has %n error(s) and cannot be trained on. Fix them in the file and open it again.</source>
        <translation>
            <numerusform>Diese Datei enthält %n Fehler und kann nicht zum Training verwendet werden. Beheben Sie den Fehler in der Datei und öffnen Sie sie erneut.</numerusform>
            <numerusform>Diese Datei enthält %n Fehler und kann nicht zum Training verwendet werden. Beheben Sie die Fehler in der Datei und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a CSV file to check whether it can be trained on.</source>
        <translation>Öffnen Sie eine CSV-Datei, um zu prüfen, ob sie sich für das Training eignet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the target column, the one to predict.</source>
        <translation>Wählen Sie die Zielspalte aus, also die Spalte, die vorhergesagt werden soll.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::DemoPanel</name>
    <message>
        <location filename="../widgets/demo_panel.cpp" line="+97"/>
        <source>Fitness (workout type)</source>
        <translation>Fitness (Trainingsart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitals (risk level)</source>
        <translation>Vitalwerte (Risikostufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (readmission)</source>
        <translation>Krankenhaus (Wiederaufnahme)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+29"/>
        <source>Start a demo federation</source>
        <translation>Demo-Föderation starten</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Runs a hub and %n site(s) on this computer with synthetic health data. No files needed.</source>
        <translation>
            <numerusform>Führt einen Hub und %n Standort mit synthetischen Gesundheitsdaten auf diesem Computer aus. Keine Dateien erforderlich.</numerusform>
            <numerusform>Führt einen Hub und %n Standorte mit synthetischen Gesundheitsdaten auf diesem Computer aus. Keine Dateien erforderlich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;omain:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strate&amp;gy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;unds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds &amp;per round:</source>
        <translation>Sekunden &amp;pro Runde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per round at least</source>
        <translation>Mindestens Sekunden pro Runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds take a fraction of a second; each round lasts at least this long so that people can follow it. 0 runs at full speed.</source>
        <translation>Demo-Runden dauern Sekundenbruchteile; jede Runde dauert mindestens so lange, damit man ihr folgen kann. 0 läuft mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step &amp;by step</source>
        <translation>Schritt für &amp;Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo starts paused and runs one round each time you click Next round, so that you can explain each round. Resume runs the remaining rounds by themselves.</source>
        <translation>Die Demo startet pausiert und führt bei jedem Klick auf „Nächste Runde“ eine Runde aus, damit Sie jede Runde erklären können. „Fortsetzen“ führt die übrigen Runden von selbst aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo domain</source>
        <translation>Demo-Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which synthetic data the demo sites get: fitness, hospital or vitals records, different at every site.</source>
        <translation>Welche synthetischen Daten die Demo-Standorte erhalten: Fitness-, Krankenhaus- oder Vitalwertdaten, an jedem Standort andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many sites the demo starts on this computer.</source>
        <translation>Wie viele Standorte die Demo auf diesem Computer startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds the demo federation runs.</source>
        <translation>Wie viele Runden die Demo-Föderation durchläuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Wie der Hub die Modelle der Standorte zusammenführt: FedAvg gewichtet sie nach Zeilen; die robusten Strategien widerstehen einem Standort, der fehlerhafte Aktualisierungen sendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo sites</source>
        <translation>Demo-Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo rounds</source>
        <translation>Demo-Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo strategy</source>
        <translation>Demo-Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶ Start d&amp;emo</source>
        <translation>▶ &amp;Demo starten</translation>
    </message>
</context>
<context>
    <name>cohort::ui::EvaluatePage</name>
    <message>
        <location filename="../widgets/evaluate_page.cpp" line="+243"/>
        <source>Choose a version and a labelled CSV file, then press Evaluate.</source>
        <translation>Wählen Sie eine Version und eine gelabelte CSV-Datei aus und klicken Sie dann auf „Auswerten“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdict: %1</source>
        <translation>Fazit: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No stored versions yet: train one first.</source>
        <translation>Noch keine gespeicherten Versionen: Trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a version.</source>
        <translation>Wählen Sie eine Version aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a labelled CSV file to score the model on.</source>
        <translation>Wählen Sie eine gelabelte CSV-Datei aus, mit der das Modell bewertet werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to evaluate</source>
        <translation>Auszuwertende Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version to test.</source>
        <translation>Die gespeicherte Modellversion, die getestet werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled &amp;data:</source>
        <translation>Gelabelte &amp;Daten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled data file</source>
        <translation>Datei mit gelabelten Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file with the same columns as the training file, including the true classes, which the model has not been trained on.</source>
        <translation>Eine CSV-Datei mit denselben Spalten wie die Trainingsdatei, einschließlich der wahren Klassen, mit der das Modell nicht trainiert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the version on the file</source>
        <translation>Version mit der Datei auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation in progress</source>
        <translation>Auswertung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline accuracy</source>
        <translation>Basislinien-Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy of always answering the most common class</source>
        <translation>Genauigkeit, wenn stets die häufigste Klasse vorhergesagt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix (colour: share of each actual class)</source>
        <translation>Konfusionsmatrix (Farbe: Anteil an der jeweiligen tatsächlichen Klasse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-class precision, recall and F1</source>
        <translation>Präzision, Trefferquote und F1 pro Klasse</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainDatasetPanel</name>
    <message numerus="yes">
        <location filename="../widgets/explain_dataset_panel.cpp" line="+196"/>
        <source>How much each column moves the chance of %1, over %Ln row(s).</source>
        <translation>
            <numerusform>Wie stark jede Spalte die Wahrscheinlichkeit für %1 verändert, berechnet über %Ln Zeile.</numerusform>
            <numerusform>Wie stark jede Spalte die Wahrscheinlichkeit für %1 verändert, berechnet über %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Explain the dataset to see which columns matter most.</source>
        <translation>Klicken Sie auf „Datensatz erklären“, um zu sehen, welche Spalten am wichtigsten sind.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>No dataset explained yet.</source>
        <translation>Noch kein Datensatz erklärt.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Mean |SHAP|</source>
        <translation>Mittlerer |SHAP|-Wert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean |SHAP| (percentage points)</source>
        <translation>Mittlerer |SHAP|-Wert (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No numeric column to plot.</source>
        <translation>Keine numerische Spalte zum Darstellen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+25"/>
        <location line="+54"/>
        <source>SHAP value (points)</source>
        <translation>SHAP-Wert (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importance: mean effect of each column</source>
        <translation>Wichtigkeit: mittlerer Effekt jeder Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect on every row (SHAP beeswarm)</source>
        <translation>Effekt auf jede Zeile (SHAP-Beeswarm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependence</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lumn:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column for the dependence chart</source>
        <translation>Spalte für das Abhängigkeitsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column whose values the dependence chart puts along its axis, against their effect on the prediction.</source>
        <translation>Die Spalte, deren Werte das Abhängigkeitsdiagramm auf seiner Achse gegen ihren Effekt auf die Vorhersage aufträgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute SHAP value of each column</source>
        <translation>Mittlerer absoluter SHAP-Wert jeder Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP value against the column&apos;s value</source>
        <translation>SHAP-Wert in Abhängigkeit vom Wert der Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Mean |SHAP| (points)</source>
        <translation>Mittlerer |SHAP|-Wert (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature value rank (0–1)</source>
        <translation>Rang des Merkmalswerts (0–1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beeswarm</source>
        <translation>Beeswarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dependence</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values behind this chart as a CSV file</source>
        <translation>Die diesem Diagramm zugrunde liegenden Werte als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the %1 values as CSV</source>
        <translation>Werte des Diagramms „%1“ als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainFormat</name>
    <message>
        <location filename="../widgets/explain_format.cpp" line="+51"/>
        <source>missing</source>
        <comment>a value the row does not have</comment>
        <translation>fehlend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (“%1”)</source>
        <comment>a value the model could not read</comment>
        <translation>fehlend („%1“)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainPage</name>
    <message>
        <location filename="../widgets/explain_page.cpp" line="+237"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Type numbers like %2, or leave a field empty if the value is unknown.</source>
        <translation>%1
Geben Sie Zahlen wie %2 ein oder lassen Sie ein Feld leer, wenn der Wert unbekannt ist.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Train a model first: there is no stored version to explain.</source>
        <translation>Trainieren Sie zuerst ein Modell: Es gibt noch keine gespeicherte Version, die erklärt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Öffnen Sie zuerst auf der Seite „Daten“ eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain every row of the loaded file</source>
        <translation>Alle Zeilen der geladenen Datei erklären</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the columns of the chosen version…</source>
        <translation>Spalten der gewählten Version werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the chosen row&apos;s prediction</source>
        <translation>Die Vorhersage für die ausgewählte Zeile erklären</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version to explain</source>
        <translation>Zu erklärende Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored model version whose predictions are explained.</source>
        <translation>Die gespeicherte Modellversion, deren Vorhersagen erklärt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored versions yet</source>
        <translation>Noch keine gespeicherten Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Row:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row of the loaded file to explain</source>
        <translation>Zu erklärende Zeile der geladenen Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row 1 is the first row after the header, as on the Data page.</source>
        <translation>Zeile 1 ist die erste Zeile nach der Kopfzeile, wie auf der Seite „Daten“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %Ln row(s) in %1</source>
        <translation>
            <numerusform>von %Ln Zeile in %1</numerusform>
            <numerusform>von %Ln Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV file on the Data page</source>
        <translation>Öffnen Sie auf der Seite „Daten“ eine CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type values…</source>
        <translation>&amp;Werte eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the values of a row instead</source>
        <translation>Stattdessen die Werte einer Zeile eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background rows:</source>
        <translation>&amp;Hintergrundzeilen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of background rows</source>
        <translation>Anzahl der Hintergrundzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file that stand for &quot;average&quot; data: more rows give steadier values but take longer</source>
        <translation>Zeilen der Datei, die für „durchschnittliche“ Daten stehen: Mehr Zeilen ergeben stabilere Werte, dauern aber länger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHAP method</source>
        <translation>SHAP-Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact tries every subset of columns (slow with many columns); Kernel SHAP estimates the values and shows their error</source>
        <translation>„Exakt“ probiert jede Teilmenge der Spalten aus (langsam bei vielen Spalten); Kernel SHAP schätzt die Werte und zeigt ihren Fehler an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain row</source>
        <translation>Zeile &amp;erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain row</source>
        <translation>Zeile erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the &amp;dataset</source>
        <translation>&amp;Datensatz erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the dataset</source>
        <translation>Datensatz erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the explanation</source>
        <translation>Erklärung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation progress</source>
        <translation>Fortschritt der Erklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation results</source>
        <translation>Ergebnisse der Erklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One row</source>
        <translation>E&amp;ine Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole dataset</source>
        <translation>&amp;Gesamter Datensatz</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainRowPanel</name>
    <message>
        <location filename="../widgets/explain_row_panel.cpp" line="+175"/>
        <source>Explain a row to read here which columns weighed most.</source>
        <translation>Erklären Sie eine Zeile, um hier zu lesen, welche Spalten am stärksten ins Gewicht fielen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each column moved the prediction</source>
        <translation>Wie jede Spalte die Vorhersage verändert hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How each column moved the chance of %1</source>
        <translation>Wie jede Spalte die Wahrscheinlichkeit für %1 verändert hat</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 raised the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 hat die Wahrscheinlichkeit für %2 um %n Prozentpunkt erhöht</numerusform>
            <numerusform>%1 hat die Wahrscheinlichkeit für %2 um %n Prozentpunkte erhöht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 hat die Wahrscheinlichkeit für %2 um %n Prozentpunkt gesenkt</numerusform>
            <numerusform>%1 hat die Wahrscheinlichkeit für %2 um %n Prozentpunkte gesenkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 raised it by %n point(s)</source>
        <translation>
            <numerusform>%1 hat sie um %n Prozentpunkt erhöht</numerusform>
            <numerusform>%1 hat sie um %n Prozentpunkte erhöht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered it by %n point(s)</source>
        <translation>
            <numerusform>%1 hat sie um %n Prozentpunkt gesenkt</numerusform>
            <numerusform>%1 hat sie um %n Prozentpunkte gesenkt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column moved the chance of %1 by a whole percentage point.</source>
        <translation>Keine Spalte hat die Wahrscheinlichkeit für %1 um einen ganzen Prozentpunkt verändert.</translation>
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
        <translation>exakte Shapley-Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel SHAP estimate</source>
        <translation>Kernel-SHAP-Schätzung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Explain the chance o&amp;f:</source>
        <translation>Wahrscheinlichkeit erklären &amp;für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class whose chance is explained</source>
        <translation>Klasse, deren Wahrscheinlichkeit erklärt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the columns moved the chance of another class</source>
        <translation>Zeigen, wie die Spalten die Wahrscheinlichkeit einer anderen Klasse verändert haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons</source>
        <translation>Wichtigste Gründe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top reasons in words</source>
        <translation>Wichtigste Gründe in Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution of each column</source>
        <translation>Beitrag jeder Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect (points)</source>
        <translation>Effekt (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± Error</source>
        <translation>± Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effect: how many percentage points the column added to or took from the chance. Error: the standard error of a Kernel SHAP estimate (0 for exact values).</source>
        <translation>Effekt: um wie viele Prozentpunkte die Spalte die Wahrscheinlichkeit erhöht oder gesenkt hat. Fehler: der Standardfehler einer Kernel-SHAP-Schätzung (0 bei exakten Werten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was explained</source>
        <translation>Was erklärt wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No row explained yet</source>
        <translation>Noch keine Zeile erklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a row or type values, then press Explain row.</source>
        <translation>Wählen Sie eine Zeile aus oder geben Sie Werte ein und klicken Sie dann auf „Zeile erklären“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted: %1, %2%</source>
        <translation>Vorhergesagt: %1, %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 with %2 (%3)</source>
        <translation>Zeile %1 mit %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed-in values with %1 (%2)</source>
        <translation>Eingegebene Werte mit %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1; %n value(s) missing, filled in as in training</source>
        <translation>
            <numerusform>%1; %n Wert fehlt, wie im Training ergänzt</numerusform>
            <numerusform>%1; %n Werte fehlen, wie im Training ergänzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::FederationPage</name>
    <message>
        <location filename="../widgets/federation_page.cpp" line="+154"/>
        <source>After round %1:</source>
        <translation>Nach Runde %1:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Host</source>
        <translation>Hosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer to peer</source>
        <translation>Peer-to-Peer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the hub on this computer; sites connect to it</source>
        <translation>Den Hub auf diesem Computer ausführen; Standorte verbinden sich damit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take part with this computer&apos;s data in a hub&apos;s rounds</source>
        <translation>Mit den Daten dieses Computers an den Runden eines Hubs teilnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train with neighbours directly, without a hub</source>
        <translation>Direkt mit Nachbarn trainieren, ohne Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to start a federation</source>
        <translation>Möglichkeiten, eine Föderation zu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation state: %1</source>
        <translation>Föderationsstatus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume rounds</source>
        <translation>Runden fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after this round</source>
        <translation>Nach dieser Runde pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next round</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the next round, then pause</source>
        <translation>Die nächste Runde ausführen, dann pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While paused: runs one round, then pauses again (a running round finishes first).</source>
        <translation>Im Pausenzustand: führt eine Runde aus und pausiert dann wieder (eine laufende Runde wird zuerst beendet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the federation</source>
        <translation>Föderation stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took part in each round. Hover over a cell for details.</source>
        <translation>Wer an welcher Runde teilgenommen hat. Zeigen Sie für Details mit der Maus auf eine Zelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global loss and accuracy</source>
        <translation>Globaler Verlust und Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site</source>
        <translation>Genauigkeit pro Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federation log</source>
        <translation>Föderationsprotokoll</translation>
    </message>
</context>
<context>
    <name>cohort::ui::FilePathField</name>
    <message>
        <location filename="../widgets/file_path_field.cpp" line="+76"/>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Pfad zu einer .csv-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file in a dialog</source>
        <translation>Datei in einem Dialog auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cohort::ui::GlobalMetricsChart</name>
    <message>
        <location filename="../widgets/global_metrics_chart.cpp" line="+122"/>
        <location line="+6"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline: always the most common class</source>
        <translation>Basislinie: immer die häufigste Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global loss and accuracy per round</source>
        <translation>Globaler Verlust und Genauigkeit pro Runde</translation>
    </message>
</context>
<context>
    <name>cohort::ui::HostForm</name>
    <message>
        <location filename="../widgets/host_form.cpp" line="+181"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minimum sites:</source>
        <translation>&amp;Mindestanzahl Standorte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled &amp;fraction:</source>
        <translation>&amp;Stichprobenanteil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Columns from:</source>
        <translation>Spalten a&amp;us:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out:</source>
        <translation>&amp;Weglassen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum sites</source>
        <translation>Mindestanzahl Standorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampled fraction</source>
        <translation>Stichprobenanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns file</source>
        <translation>Spaltendatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to leave out</source>
        <translation>Wegzulassende Spalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file with the federation&apos;s columns; the hub reads its header, types and classes and trains on nothing.</source>
        <translation>Eine CSV-Datei mit den Spalten der Föderation; der Hub liest daraus Kopfzeile, Typen und Klassen, trainiert aber selbst mit keinen Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the connected sites asked to train in each round</source>
        <translation>Anteil der verbundenen Standorte, die in jeder Runde zum Training aufgefordert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port the hub listens on; sites connect to this machine&apos;s address and this port.</source>
        <translation>Der TCP-Port, auf dem der Hub empfängt; Standorte verbinden sich mit der Adresse dieses Computers und diesem Port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many rounds the federation runs; each round stores a model version.</source>
        <translation>Wie viele Runden die Föderation durchläuft; jede Runde speichert eine Modellversion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first round starts once this many sites have joined.</source>
        <translation>Die erste Runde startet, sobald so viele Standorte beigetreten sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the hub combines the sites&apos; models: FedAvg weights them by rows; the robust ones resist a site that sends bad updates.</source>
        <translation>Wie der Hub die Modelle der Standorte zusammenführt: FedAvg gewichtet sie nach Zeilen; die robusten Strategien widerstehen einem Standort, der fehlerhafte Aktualisierungen sendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column the model learns to predict; every site&apos;s file must have it.</source>
        <translation>Die Spalte, die das Modell vorherzusagen lernt; die Datei jedes Standorts muss sie enthalten.</translation>
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
        <translation>Wie lange eine Runde auf Standorte wartet, bevor verspätete ausgeschlossen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>z. B. workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. patient_id, ward</source>
        <translation>z. B. patient_id, station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the file that the model must not learn from, separated by commas (an ID, a column that gives the answer away). Sites keep them in their files; the federation ignores them.</source>
        <translation>Spalten der Datei, aus denen das Modell nicht lernen darf, durch Kommas getrennt (eine ID, eine Spalte, die die Antwort verrät). Die Standorte behalten sie in ihren Dateien; die Föderation beachtet sie nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host federation</source>
        <translation>Föderation &amp;hosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host federation</source>
        <translation>Föderation hosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the sites</source>
        <translation>An die Standorte weitergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join code:</source>
        <translation>&amp;Join-Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Join-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy join code</source>
        <translation>Join-Code kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the column the model should predict.</source>
        <translation>Geben Sie die Spalte an, die das Modell vorhersagen soll.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::JoinForm</name>
    <message>
        <location filename="../widgets/join_form.cpp" line="+74"/>
        <source>Hub &amp;address:</source>
        <translation>Hub-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join &amp;code:</source>
        <translation>&amp;Join-Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Eigene &amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &amp;name:</source>
        <translation>Standort&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hub.example.org:7400</source>
        <translation>hub.example.org:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Join-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As given by the hub</source>
        <translation>Wie vom Hub angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our data file</source>
        <translation>Eigene Datendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows stay on this computer; only model updates and summary statistics are sent.</source>
        <translation>Die Zeilen bleiben auf diesem Computer; nur Modellaktualisierungen und zusammenfassende Statistiken werden gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. clinic-a</source>
        <translation>z. B. klinik-a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s address and port, as the host shows them.</source>
        <translation>Adresse und Port des Hubs, wie der Host sie anzeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the host shows; without it the hub refuses the site.</source>
        <translation>Der Code, den der Host anzeigt; ohne ihn lehnt der Hub den Standort ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this site appears to the hub and the other sites; it starts as this computer&apos;s name.</source>
        <translation>Wie dieser Standort für den Hub und die anderen Standorte erscheint; anfangs der Name dieses Computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join federation</source>
        <translation>Föderation &amp;beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join federation</source>
        <translation>Föderation beitreten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the hub as host:port, for example hub.example.org:7400.</source>
        <translation>Geben Sie den Hub als host:port ein, zum Beispiel hub.example.org:7400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the join code the hub shows.</source>
        <translation>Geben Sie den Join-Code ein, den der Hub anzeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the CSV file with this site&apos;s rows.</source>
        <translation>Wählen Sie die CSV-Datei mit den Zeilen dieses Standorts aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this site a name the hub can show.</source>
        <translation>Geben Sie diesem Standort einen Namen, den der Hub anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::MessageBanner</name>
    <message>
        <location filename="../widgets/message_banner.cpp" line="+58"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ModelsPage</name>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="+18"/>
        <source>Delete stored models</source>
        <translation>Gespeicherte Modelle löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export model version</source>
        <translation>Modellversion exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel)</source>
        <translation>Cohort-Modell (*.cohortmodel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import model version</source>
        <translation>Modellversion importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort model (*.cohortmodel);;All files (*)</source>
        <translation>Cohort-Modell (*.cohortmodel);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete the run “%1” with all its %n versions? This cannot be undone.</source>
        <translation>
            <numerusform>Lauf „%1“ mit seiner %n Version löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Lauf „%1“ mit allen %n Versionen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+182"/>
        <source>All origins</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Two versions selected. Press Compare to see them side by side.</source>
        <translation>Zwei Versionen ausgewählt. Klicken Sie auf „Vergleichen“, um sie nebeneinander anzuzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored versions yet. Train a model or run a federation, or import a .cohortmodel file.</source>
        <translation>Noch keine gespeicherten Versionen. Trainieren Sie ein Modell, führen Sie eine Föderation durch oder importieren Sie eine .cohortmodel-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a version to see its details. Select two to compare them.</source>
        <translation>Wählen Sie eine Version aus, um ihre Details anzuzeigen. Wählen Sie zwei aus, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n versions selected. Select one for its details, or two to compare them.</source>
        <translation>
            <numerusform>%n Version ausgewählt. Wählen Sie eine aus, um ihre Details anzuzeigen, oder zwei, um sie zu vergleichen.</numerusform>
            <numerusform>%n Versionen ausgewählt. Wählen Sie eine aus, um ihre Details anzuzeigen, oder zwei, um sie zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models_page_actions.cpp" line="-16"/>
        <source>Delete version %1 (%2)? This cannot be undone.</source>
        <translation>Version %1 (%2) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/models_page.cpp" line="+75"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, origin or target</source>
        <translation>Name, Herkunft oder Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter versions</source>
        <translation>Versionen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the versions whose name, origin or target contains this text.</source>
        <translation>Zeigt nur die Versionen, deren Name, Herkunft oder Ziel diesen Text enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only versions trained locally, centrally or in a federation.</source>
        <translation>Zeigt nur Versionen, die lokal, zentral oder in einer Föderation trainiert wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Stored versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version details</source>
        <translation>Versionsdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version active</source>
        <translation>Ausgewählte Version aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two selected versions</source>
        <translation>Die beiden ausgewählten Versionen vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected version to a file</source>
        <translation>Ausgewählte Version in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a version from a file</source>
        <translation>Version aus einer Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete version…</source>
        <translation>Version lö&amp;schen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;run…</source>
        <translation>&amp;Lauf löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every version of the selected run</source>
        <translation>Alle Versionen des ausgewählten Laufs löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes all rounds of the selected federation run</source>
        <translation>Löscht alle Runden des ausgewählten Föderationslaufs</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the selected version</source>
        <translation>Ausgewählte Version löschen</translation>
    </message>
</context>
<context>
    <name>cohort::ui::PeerForm</name>
    <message>
        <location filename="../widgets/peer_form.cpp" line="+94"/>
        <source>&amp;Listen on port:</source>
        <translation>Empfangs&amp;port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbours:</source>
        <translation>&amp;Nachbarn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;file:</source>
        <translation>Eigene &amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers to connect to, separated by commas. Leave empty when the others connect to this peer.</source>
        <translation>Peers, mit denen eine Verbindung hergestellt werden soll, durch Kommas getrennt. Lassen Sie das Feld leer, wenn sich die anderen mit diesem Peer verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our data file</source>
        <translation>Eigene Datendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. workout_type</source>
        <translation>z. B. workout_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many rounds of training and averaging with the neighbours.</source>
        <translation>Wie viele Runden Training und Mittelung mit den Nachbarn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TCP port other peers connect to on this computer.</source>
        <translation>Der TCP-Port, über den sich andere Peers mit diesem Computer verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the model learns to predict; every peer&apos;s file must have it.</source>
        <translation>Die Spalte, die das Modell vorherzusagen lernt; die Datei jedes Peers muss sie enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows stay on this computer; only model updates are sent to the neighbours.</source>
        <translation>Die Zeilen bleiben auf diesem Computer; nur Modellaktualisierungen werden an die Nachbarn gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start peer</source>
        <translation>Peer &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start peer</source>
        <translation>Peer starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not host:port. Separate neighbours with commas.</source>
        <translation>„%1“ hat nicht das Format host:port. Trennen Sie Nachbarn durch Kommas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CSV file with this peer&apos;s rows.</source>
        <translation>Wählen Sie die CSV-Datei mit den Zeilen dieses Peers aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the column the model should predict.</source>
        <translation>Geben Sie die Spalte an, die das Modell vorhersagen soll.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RocChartView</name>
    <message>
        <location filename="../widgets/roc_chart_view.cpp" line="+100"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC curves, one per class</source>
        <translation>ROC-Kurven, eine pro Klasse</translation>
    </message>
</context>
<context>
    <name>cohort::ui::RoundTimelineView</name>
    <message>
        <location filename="../widgets/round_timeline_view.cpp" line="+29"/>
        <location line="+239"/>
        <source>Round timeline</source>
        <translation>Rundenverlauf</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sampled</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rounds appear here as they finish.</source>
        <translation>Runden erscheinen hier, sobald sie abgeschlossen sind.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Round %1, %2: %3</source>
        <translation>Runde %1, %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rounds yet.</source>
        <translation>Noch keine Runden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n round(s); last round %1: %2 answered, %3 dropped.</source>
        <translation>
            <numerusform>%n Runde; letzte Runde %1: %2 geantwortet, %3 ausgeschieden.</numerusform>
            <numerusform>%n Runden; letzte Runde %1: %2 geantwortet, %3 ausgeschieden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteAccuracyChart</name>
    <message>
        <location filename="../widgets/site_accuracy_chart.cpp" line="+121"/>
        <source>Global model</source>
        <translation>Globales Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per site and round</source>
        <translation>Genauigkeit pro Standort und Runde</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteState</name>
    <message>
        <location filename="../widgets/site_table_model.cpp" line="+23"/>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluating</source>
        <translation>wertet aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>ausgetreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sampled</source>
        <extracomment>A site connected to the hub that was not chosen to train in the last round.</extracomment>
        <translation>nicht ausgewählt</translation>
    </message>
</context>
<context>
    <name>cohort::ui::SiteTableModel</name>
    <message>
        <location line="+66"/>
        <source>%1 is not taking part in rounds right now; it comes back when it reconnects.</source>
        <translation>%1 nimmt derzeit nicht an Runden teil; der Standort kehrt zurück, sobald er sich wieder verbindet.</translation>
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
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name, as it joined</source>
        <translation>Der Name des Standorts, wie er beigetreten ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the site did in the last round</source>
        <translation>Was der Standort in der letzten Runde getan hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the site trains on</source>
        <translation>Zeilen, mit denen der Standort trainiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The global model&apos;s accuracy on the site&apos;s held-out rows</source>
        <translation>Genauigkeit des globalen Modells auf den zurückgehaltenen Zeilen des Standorts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the site took for its part of the last round</source>
        <translation>Wie lange der Standort für seinen Teil der letzten Runde gebraucht hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the site last reported</source>
        <translation>Wann sich der Standort zuletzt gemeldet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
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
        <translation>Median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Getrimmter Mittelwert</translation>
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
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training</source>
        <translation>Training stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The curves appear here while the model trains.</source>
        <translation>Die Kurven erscheinen hier, während das Modell trainiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (lower is better)</source>
        <translation>Verlust (niedriger ist besser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per epoch</source>
        <translation>Verlust pro Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (higher is better)</source>
        <translation>Genauigkeit (höher ist besser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport loss chart…</source>
        <translation>Verlustdiagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the loss chart</source>
        <translation>Verlustdiagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export acc&amp;uracy chart…</source>
        <translation>&amp;Genauigkeitsdiagramm exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the accuracy chart</source>
        <translation>Genauigkeitsdiagramm exportieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Öffnen Sie zuerst auf der Seite „Daten“ eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the hidden layers under Advanced settings.</source>
        <translation>Korrigieren Sie die verborgenen Schichten unter „Erweiterte Einstellungen“.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>%n Epoche in %1 abgeschlossen.</numerusform>
            <numerusform>%n Epochen in %1 abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epoch %1 of %2 — about %3 left</source>
        <translation>Epoche %1 von %2 — noch etwa %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after epoch %n; nothing was saved.</source>
        <translation>
            <numerusform>Nach Epoche %n gestoppt; es wurde nichts gespeichert.</numerusform>
            <numerusform>Nach Epoche %n gestoppt; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first epoch finished; nothing was saved.</source>
        <translation>Vor Abschluss der ersten Epoche gestoppt; es wurde nichts gespeichert.</translation>
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
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority baseline</source>
        <translation>Mehrheitsklassen-Basislinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of held-out rows the model predicted correctly.</source>
        <translation>Anteil der zurückgehaltenen Zeilen, die das Modell richtig vorhergesagt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 averaged over classes, so rare classes count as much as common ones (0 to 1).</source>
        <translation>Über die Klassen gemittelter F1-Wert, sodass seltene Klassen genauso zählen wie häufige (0 bis 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the model ranks positive above negative rows (0.5 is chance, 1 is perfect).</source>
        <translation>Wie gut das Modell positive Zeilen vor negativen einordnet (0,5 entspricht Zufall, 1 ist perfekt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy of always guessing the most common value; the model should beat it.</source>
        <translation>Genauigkeit, wenn stets der häufigste Wert geraten wird; das Modell sollte besser abschneiden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training result</source>
        <translation>Trainingsergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: predicting &apos;%1&apos;</source>
        <translation>Ergebnis: Vorhersage von „%1“</translation>
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
        <translation>Als Modellversion %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TrainSettingsForm</name>
    <message>
        <location filename="../widgets/train_settings_form.cpp" line="+39"/>
        <source>Quick</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small network and few epochs: a first look in seconds.</source>
        <translation>Ein kleines Netz und wenige Epochen: ein erster Eindruck in Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good default for most files.</source>
        <translation>Eine gute Standardwahl für die meisten Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thorough</source>
        <translation>Gründlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger network trained for longer: slower, sometimes better.</source>
        <translation>Ein größeres Netz mit längerem Training: langsamer, manchmal besser.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training preset</source>
        <translation>Trainingsvoreinstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight decay</source>
        <translation>Gewichtsverfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden layers:</source>
        <translation>Verborgene &amp;Schichten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Epochs:</source>
        <translation>E&amp;pochen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Gewichtsverfall:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 64,32</source>
        <translation>z. B. 64,32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per hidden layer, separated by commas.</source>
        <translation>Neuronen pro verborgener Schicht, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times training goes through the whole file.</source>
        <translation>Wie oft das Training die gesamte Datei durchläuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed and data give the same model.</source>
        <translation>Gleicher Startwert und gleiche Daten ergeben dasselbe Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick trains a small model in seconds; Thorough a larger one for longer. Custom keeps your own settings.</source>
        <translation>„Schnell“ trainiert in Sekunden ein kleines Modell, „Gründlich“ länger ein größeres. „Benutzerdefiniert“ behält Ihre eigenen Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big each training step is: too high and training jumps around, too low and it crawls.</source>
        <translation>Wie groß jeder Trainingsschritt ist: Ist er zu groß, springt das Training hin und her; ist er zu klein, kommt es kaum voran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per training step. Larger batches are smoother and faster per row.</source>
        <translation>Zeilen pro Trainingsschritt. Größere Batches sind gleichmäßiger und pro Zeile schneller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of units switched off at random while training, so the model does not learn the rows by heart (0 = none).</source>
        <translation>Anteil der Neuronen, die beim Training zufällig abgeschaltet werden, damit das Modell die Zeilen nicht auswendig lernt (0 = keine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the weights small, another guard against learning the rows by heart (0 = none).</source>
        <translation>Hält die Gewichte klein, ein weiterer Schutz davor, dass das Modell die Zeilen auswendig lernt (0 = keiner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write up to %1 whole numbers from 1 to %2, separated by commas, e.g. 64,32.</source>
        <translation>Geben Sie bis zu %1 ganze Zahlen von 1 bis %2 ein, durch Kommas getrennt, z. B. 64,32.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your own settings, under Advanced settings.</source>
        <translation>Eigene Einstellungen unter „Erweiterte Einstellungen“.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::TypedValuesForm</name>
    <message>
        <location filename="../widgets/typed_values_form.cpp" line="+157"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Typed values</source>
        <translation>Eingegebene Werte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number, e.g. %1.</source>
        <translation>Eine Zahl, z. B. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number, e.g. %1. The model was trained on %2; values beyond that count as the nearest end.</source>
        <translation>Eine Zahl, z. B. %1. Das Modell wurde mit Werten von %2 trainiert; Werte außerhalb davon zählen wie der nächstgelegene Randwert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it empty if it is unknown: the model fills it in as it did for missing cells in training.</source>
        <translation>Lassen Sie das Feld leer, wenn der Wert unbekannt ist: Das Modell ergänzt ihn so, wie es im Training fehlende Zellen ergänzt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the values the model knows for %1, or (missing): the model then fills it in as it did for missing cells in training.</source>
        <translation>Einer der Werte, die das Modell für %1 kennt, oder (fehlend): Das Modell ergänzt den Wert dann so, wie es im Training fehlende Zellen ergänzt hat.</translation>
    </message>
</context>
<context>
    <name>cohort::ui::UserGuideDialog</name>
    <message>
        <location filename="../widgets/user_guide.cpp" line="+63"/>
        <source>Cohort user guide</source>
        <translation>Cohort-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;Open a CSV file (or drop it on the window). Cohort reads it, guesses each column&apos;s kind (number, yes/no, category, identifier, date/time) and checks it. &lt;b&gt;Errors&lt;/b&gt; (a row with too many fields, text in a number column) must be fixed before training; &lt;b&gt;warnings&lt;/b&gt; (missing values, extreme values, a Latin-1 file) are handled for you and listed so that you know. Click a problem to see its cell. Row 1 is the first row after the header; the file&apos;s line is given beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target&lt;/b&gt;: the column the model learns to predict. &lt;b&gt;Features&lt;/b&gt;: the columns it learns from; untick a column to leave it out. Identifier and date/time columns are never used as features.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daten&lt;/h3&gt;&lt;p&gt;Öffnen Sie eine CSV-Datei (oder ziehen Sie sie ins Fenster). Cohort liest sie, erkennt die Art jeder Spalte (Zahl, Ja/Nein, Kategorie, Kennung, Datum/Uhrzeit) und prüft sie. &lt;b&gt;Fehler&lt;/b&gt; (eine Zeile mit zu vielen Feldern, Text in einer Zahlenspalte) müssen vor dem Training behoben werden; &lt;b&gt;Warnungen&lt;/b&gt; (fehlende Werte, Extremwerte, eine Latin-1-Datei) behandelt Cohort selbst und listet sie auf, damit Sie davon wissen. Ein Klick auf ein Problem zeigt seine Zelle. Zeile 1 ist die erste Zeile nach der Kopfzeile; die Dateizeile steht daneben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zielspalte&lt;/b&gt;: die Spalte, die das Modell vorherzusagen lernt. &lt;b&gt;Merkmale&lt;/b&gt;: die Spalten, aus denen es lernt; entfernen Sie das Häkchen einer Spalte, um sie auszulassen. Kennungs- und Datums-/Uhrzeitspalten werden nie als Merkmale verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h3&gt;Federation&lt;/h3&gt;&lt;p&gt;Sites train together without sharing rows: only model updates travel. &lt;b&gt;Host&lt;/b&gt; runs the hub that sites join with its address and &lt;b&gt;join code&lt;/b&gt;; &lt;b&gt;Join&lt;/b&gt; takes part as a site with your own file; &lt;b&gt;Peer to peer&lt;/b&gt; runs without a hub; &lt;b&gt;Start demo&lt;/b&gt; runs a hub and simulated sites on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounds&lt;/b&gt;: how many times the sites train and the hub combines.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Minimum sites&lt;/b&gt;: sites needed before a round starts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sampled fraction&lt;/b&gt;: the share of sites asked in each round.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deadline&lt;/b&gt;: how long a round waits for a site; a late site misses that round only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: how updates are combined. FedAvg averages them by rows; FedProx keeps sites near the global model; FedAdam, FedYogi and FedAdagrad add a server optimiser; median and trimmed mean resist a broken site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seconds per round&lt;/b&gt; (demo): slows rounds so that people can follow them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Step by step&lt;/b&gt; (demo): the demo waits, and &lt;b&gt;Next round&lt;/b&gt; runs one round at a time; &lt;b&gt;Resume&lt;/b&gt; runs the rest.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The dotted line on the chart is the majority baseline: a model on that line is no better than always answering the most common class. The card at the end says so in words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Föderation&lt;/h3&gt;&lt;p&gt;Standorte trainieren gemeinsam, ohne Zeilen zu teilen: nur Modellaktualisierungen werden übertragen. &lt;b&gt;Hosten&lt;/b&gt; startet den Hub, dem Standorte mit seiner Adresse und dem &lt;b&gt;Beitrittscode&lt;/b&gt; beitreten; &lt;b&gt;Beitreten&lt;/b&gt; nimmt mit Ihrer eigenen Datei als Standort teil; &lt;b&gt;Peer-to-Peer&lt;/b&gt; läuft ohne Hub; &lt;b&gt;Demo starten&lt;/b&gt; startet einen Hub und simulierte Standorte auf diesem Computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Runden&lt;/b&gt;: wie oft die Standorte trainieren und der Hub zusammenführt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mindestanzahl Standorte&lt;/b&gt;: Standorte, die eine Runde zum Start braucht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stichprobenanteil&lt;/b&gt;: der Anteil der Standorte, die in jeder Runde gefragt werden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Frist&lt;/b&gt;: wie lange eine Runde auf einen Standort wartet; ein verspäteter Standort verpasst nur diese Runde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategie&lt;/b&gt;: wie Aktualisierungen zusammengeführt werden. FedAvg mittelt sie nach Zeilen; FedProx hält Standorte nahe am globalen Modell; FedAdam, FedYogi und FedAdagrad fügen einen Server-Optimierer hinzu; Median und getrimmtes Mittel widerstehen einem fehlerhaften Standort.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sekunden pro Runde&lt;/b&gt; (Demo): verlangsamt Runden, damit man ihnen folgen kann.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schritt für Schritt&lt;/b&gt; (Demo): die Demo wartet, und &lt;b&gt;Nächste Runde&lt;/b&gt; führt jeweils eine Runde aus; &lt;b&gt;Fortsetzen&lt;/b&gt; führt den Rest aus.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die gepunktete Linie im Diagramm ist die Mehrheitsbasislinie: ein Modell auf dieser Linie ist nicht besser, als immer die häufigste Klasse zu antworten. Die Karte am Ende sagt es in Worten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h3&gt;Models&lt;/h3&gt;&lt;p&gt;Every trained model and every federated round is a &lt;b&gt;version&lt;/b&gt; in the registry, with its settings and test figures. A federation &lt;b&gt;run&lt;/b&gt; is one row: open it to see each round. Make a version &lt;b&gt;active&lt;/b&gt; to use it by default, &lt;b&gt;compare&lt;/b&gt; two versions (the rows that differ are marked), export one to a file or import one, delete a version or a whole run.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Modelle&lt;/h3&gt;&lt;p&gt;Jedes trainierte Modell und jede föderierte Runde ist eine &lt;b&gt;Version&lt;/b&gt; in der Registry, mit ihren Einstellungen und Testwerten. Ein Föderations&lt;b&gt;lauf&lt;/b&gt; ist eine Zeile: Öffnen Sie sie, um jede Runde zu sehen. Machen Sie eine Version &lt;b&gt;aktiv&lt;/b&gt;, um sie standardmäßig zu verwenden, &lt;b&gt;vergleichen&lt;/b&gt; Sie zwei Versionen (abweichende Zeilen sind markiert), exportieren Sie eine in eine Datei oder importieren Sie eine, löschen Sie eine Version oder einen ganzen Lauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&lt;h3&gt;Train&lt;/h3&gt;&lt;p&gt;Trains a model on the open file: 70% of the rows to learn, 15% to stop at the best epoch, 15% to test.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the training rows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batch size&lt;/b&gt;: rows per learning step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how big each step is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hidden layers&lt;/b&gt;: the size of the network.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The result is compared with the &lt;b&gt;majority baseline&lt;/b&gt;, always answering the most common class. &lt;b&gt;Balanced accuracy&lt;/b&gt; is the mean of the classes&apos; hit rates: a model that ignores a rare class gets no credit for it. The verdict names a class the model misses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainieren&lt;/h3&gt;&lt;p&gt;Trainiert ein Modell mit der geöffneten Datei: 70 % der Zeilen zum Lernen, 15 % zum Anhalten bei der besten Epoche, 15 % zum Testen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Epochen&lt;/b&gt;: Durchgänge über die Trainingszeilen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batchgröße&lt;/b&gt;: Zeilen pro Lernschritt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lernrate&lt;/b&gt;: wie groß jeder Schritt ist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verborgene Schichten&lt;/b&gt;: die Größe des Netzes.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Das Ergebnis wird mit der &lt;b&gt;Mehrheitsbasislinie&lt;/b&gt; verglichen: immer die häufigste Klasse antworten. Die &lt;b&gt;balancierte Genauigkeit&lt;/b&gt; ist der Mittelwert der Trefferquoten der Klassen: ein Modell, das eine seltene Klasse übergeht, bekommt dafür keine Punkte. Das Urteil nennt eine Klasse, die das Modell verfehlt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h3&gt;Evaluate&lt;/h3&gt;&lt;p&gt;Scores a version on a labelled CSV file (it must hold the column the model predicts). The &lt;b&gt;confusion matrix&lt;/b&gt; shows, for each true class, what the model answered; the &lt;b&gt;ROC curve&lt;/b&gt; shows how well it ranks cases. With few rows the figures are uncertain: the verdict then gives a range.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Auswerten&lt;/h3&gt;&lt;p&gt;Bewertet eine Version mit einer beschrifteten CSV-Datei (sie muss die Spalte enthalten, die das Modell vorhersagt). Die &lt;b&gt;Konfusionsmatrix&lt;/b&gt; zeigt für jede wahre Klasse, was das Modell geantwortet hat; die &lt;b&gt;ROC-Kurve&lt;/b&gt; zeigt, wie gut es Fälle ordnet. Bei wenigen Zeilen sind die Werte unsicher: das Urteil nennt dann einen Bereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Explain&lt;/h3&gt;&lt;p&gt;Shows why the model answered what it did, per column, as &lt;b&gt;Shapley values&lt;/b&gt;: how much each column pushed the predicted probability up or down from the &lt;b&gt;base value&lt;/b&gt;, the average prediction over the &lt;b&gt;background rows&lt;/b&gt; (rows of your file the model is compared against). &lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;exact&lt;/i&gt; tries every combination of columns (up to 12 columns); &lt;i&gt;sampling&lt;/i&gt; (Kernel SHAP) estimates them for more columns. Explain one row, or the whole file to see which columns matter most.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Erklären&lt;/h3&gt;&lt;p&gt;Zeigt pro Spalte, warum das Modell so geantwortet hat, als &lt;b&gt;Shapley-Werte&lt;/b&gt;: wie stark jede Spalte die vorhergesagte Wahrscheinlichkeit vom &lt;b&gt;Basiswert&lt;/b&gt; aus erhöht oder gesenkt hat, der mittleren Vorhersage über die &lt;b&gt;Hintergrundzeilen&lt;/b&gt; (Zeilen Ihrer Datei, mit denen das Modell verglichen wird). &lt;b&gt;Methode&lt;/b&gt;: &lt;i&gt;exakt&lt;/i&gt; probiert jede Kombination von Spalten (bis 12 Spalten); &lt;i&gt;Stichprobe&lt;/i&gt; (Kernel SHAP) schätzt sie für mehr Spalten. Erklären Sie eine Zeile oder die ganze Datei, um zu sehen, welche Spalten am meisten zählen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionCompareView</name>
    <message>
        <location filename="../widgets/version_compare_view.cpp" line="+188"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
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
        <translation>Wert (0 bis 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties of both versions</source>
        <translation>Eigenschaften beider Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in bold on a tinted background differ between the two versions.</source>
        <translation>Fett gedruckte Zeilen auf getöntem Hintergrund unterscheiden sich zwischen den beiden Versionen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accuracy, macro F1 and ROC AUC of both versions</source>
        <translation>Genauigkeit, Makro-F1 und ROC AUC beider Versionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Back to details</source>
        <translation>Zurück zu den Details</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionTableModel</name>
    <message>
        <location filename="../widgets/version_table_model.cpp" line="+50"/>
        <source>local</source>
        <comment>model origin</comment>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centralized</source>
        <comment>model origin</comment>
        <translation>zentral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federated</source>
        <comment>model origin</comment>
        <translation>föderiert</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1: %n rounds, versions %2 to %3. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</source>
        <translation>
            <numerusform>%1: %n Runde, Versionen %2 bis %3. Die Werte stammen aus der neuesten Runde; klicken Sie auf den Pfeil oder doppelklicken Sie auf die Zeile, um jede Runde zu sehen.</numerusform>
            <numerusform>%1: %n Runden, Versionen %2 bis %3. Die Werte stammen aus der neuesten Runde; klicken Sie auf den Pfeil oder doppelklicken Sie auf die Zeile, um jede Runde zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predicts %1</source>
        <translation>Sagt %1 vorher</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+25"/>
        <source>● active</source>
        <translation>● aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1 (%n rounds)</source>
        <comment>a federation run and how many rounds it stored</comment>
        <translation>
            <numerusform>%1 (%n Runde)</numerusform>
            <numerusform>%1 (%n Runden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● round %1 active</source>
        <translation>● Runde %1 aktiv</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>cohort::ui::ViewFrame</name>
    <message>
        <location filename="../widgets/view_frame.cpp" line="+76"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as a CSV file</source>
        <translation>Diese Tabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export %1 as an image</source>
        <translation>%1 als Bild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
</context>
<context>
    <name>cohort::ui::WaterfallChartView</name>
    <message>
        <location filename="../widgets/waterfall_chart_view.cpp" line="+39"/>
        <location line="+233"/>
        <source>Contributions of each column to the prediction</source>
        <translation>Beiträge der einzelnen Spalten zur Vorhersage</translation>
    </message>
    <message numerus="yes">
        <location line="-175"/>
        <source>%n other column(s)</source>
        <translation>
            <numerusform>%n weitere Spalte</numerusform>
            <numerusform>%n weitere Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Explain a row to see how each column moved its prediction.</source>
        <translation>Erklären Sie eine Zeile, um zu sehen, wie jede Spalte die Vorhersage verändert hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This row: %1%</source>
        <translation>Diese Zeile: %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average: %1%</source>
        <translation>Durchschnitt: %1 %</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: %2 percentage points</source>
        <translation>%1: %2 Prozentpunkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (standard error %2)</source>
        <translation>%1 (Standardfehler %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row explained yet.</source>
        <translation>Noch keine Zeile erklärt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average prediction %1%</source>
        <translation>Durchschnittliche Vorhersage %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 points</source>
        <translation>%1: %2 Prozentpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row %1%</source>
        <translation>diese Zeile %1 %</translation>
    </message>
</context>
</TS>

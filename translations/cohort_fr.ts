<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ModelVerdict</name>
    <message>
        <location filename="../widgets/model_verdict.cpp" line="+51"/>
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
        <location filename="../app/bridge/data_controller.cpp" line="+105"/>
        <source>row %1, column &apos;%2&apos;</source>
        <translation>ligne %1, colonne « %2 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+41"/>
        <source>Checking the target column…</source>
        <translation>Vérification de la colonne cible…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
<context>
    <name>cohort::app::ExplainController</name>
    <message>
        <location filename="../app/bridge/explain_controller.cpp" line="+35"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Open a CSV file on the Data page first: its rows are the background the explanations compare with.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données : ses lignes servent de référence à laquelle les explications sont comparées.</translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message>
        <location filename="../app/bridge/federation_controller.cpp" line="+116"/>
        <source>Reading the federation&apos;s columns…</source>
        <translation>Lecture des colonnes de la fédération…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generating %1 demo sites (%2)…</source>
        <translation>Génération de %1 sites de démonstration (%2)…</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <source>Round %1 of %2 done.</source>
        <translation>Tour %1 sur %2 terminé.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub sur %1 ; en attente de %n site.</numerusform>
            <numerusform>Hub sur %1 ; en attente de %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+23"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>Lancement de %n processus de site de démonstration sur cette machine.</numerusform>
            <numerusform>Lancement de %n processus de sites de démonstration sur cette machine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/bridge/federation_participant.cpp" line="+29"/>
        <source>Joining %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
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
        <location filename="../app/bridge/federation_controller.cpp" line="+11"/>
        <source>Paused: the running round finishes, no new one starts.</source>
        <translation>En pause : le tour en cours se termine, aucun nouveau tour ne démarre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running.</source>
        <translation>En cours.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/bridge/federation_participant.cpp" line="+1"/>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../app/gui/main_window_wiring.cpp" line="+42"/>
        <source>Open a CSV file on the Data page first.</source>
        <translation>Ouvrez d’abord un fichier CSV dans la page Données.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: epoch %1 of %2</source>
        <translation>Entraînement : époque %1 sur %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluating version %1 on %2…</source>
        <translation>Évaluation de la version %1 sur %2…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Federation: round %1 done</source>
        <translation>Fédération : tour %1 terminé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Explaining…</source>
        <translation>Explication en cours…</translation>
    </message>
</context>
<context>
    <name>cohort::app::RegistryController</name>
    <message>
        <location filename="../app/bridge/registry_controller.cpp" line="+60"/>
        <source>Dataset %1 in the registry</source>
        <translation>Jeu de données %1 du registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dataset recorded (%1)</source>
        <translation>Aucun jeu de données enregistré (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Version %1 is now the active model.</source>
        <translation>La version %1 est désormais le modèle actif.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version %1 exported to %2.</source>
        <translation>Version %1 exportée vers %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported %1 as version %2.</source>
        <translation>%1 importé en tant que version %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version %1 deleted.</source>
        <translation>Version %1 supprimée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no column “%2”, which this model predicts. Choose a file whose rows hold the true “%2” of each case.</source>
        <translation>%1 n’a pas de colonne « %2 », que ce modèle prédit. Choisissez un fichier dont les lignes contiennent le vrai « %2 » de chaque cas.</translation>
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
        <location filename="../widgets/column_summary_panel.cpp" line="+30"/>
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
        <location line="+130"/>
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
        <location line="+16"/>
        <source>%1 to %2</source>
        <comment>value range</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <comment>no range</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature</source>
        <translation>Variable explicative</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+40"/>
        <source>Select a column to see its distribution.</source>
        <translation>Sélectionnez une colonne pour afficher sa distribution.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../widgets/data_page.cpp" line="+178"/>
        <source>Reading file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+58"/>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Open CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <location line="-18"/>
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
        <location line="+12"/>
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
        <location line="+15"/>
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
        <location filename="../widgets/demo_panel.cpp" line="+93"/>
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
        <location line="+39"/>
        <location line="+19"/>
        <source>Start a demo federation</source>
        <translation>Lancer une fédération de démonstration</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
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
        <source>Demo domain</source>
        <translation>Domaine de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../widgets/evaluate_page.cpp" line="+237"/>
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
        <location line="+52"/>
        <source>SHAP value (points)</source>
        <translation>Valeur SHAP (points)</translation>
    </message>
    <message>
        <location line="-52"/>
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
    <name>cohort::ui::ExplainPage</name>
    <message>
        <location filename="../widgets/explain_page.cpp" line="+261"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <source>Typed values</source>
        <translation>Valeurs saisies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../widgets/explain_row_panel.cpp" line="+169"/>
        <source>Explain a row to read here which columns weighed most.</source>
        <translation>Expliquez une ligne pour voir ici les colonnes qui ont le plus pesé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each column moved the prediction</source>
        <translation>Comment chaque colonne a modifié la prédiction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How each column moved the chance of %1: %2% on average, %3% for this row</source>
        <translation>Comment chaque colonne a modifié la probabilité de %1 : %2 % en moyenne, %3 % pour cette ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
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
        <location line="+3"/>
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
</context>
<context>
    <name>cohort::ui::FederationPage</name>
    <message>
        <location filename="../widgets/federation_page.cpp" line="+304"/>
        <source>After round %1:</source>
        <translation>Après le tour %1 :</translation>
    </message>
    <message>
        <location line="+105"/>
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
        <location filename="../widgets/global_metrics_chart.cpp" line="+121"/>
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
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Référence</translation>
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
        <location filename="../widgets/host_form.cpp" line="+177"/>
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
        <location line="+7"/>
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
        <location line="+2"/>
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
        <location filename="../widgets/models_page.cpp" line="+74"/>
        <source>Delete version</source>
        <translation>Supprimer la version</translation>
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
    <message>
        <location line="+93"/>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <location line="+54"/>
        <source>Delete version %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer la version %1 (%2) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <source>&amp;Origin:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin filter</source>
        <translation>Filtre d’origine</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../widgets/site_accuracy_chart.cpp" line="+120"/>
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
        <location line="+2"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round time</source>
        <translation>Durée du tour</translation>
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
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;Open a CSV file (or drop it on the window). Cohort reads it, guesses each column&apos;s kind (number, yes/no, category, identifier) and checks it. &lt;b&gt;Errors&lt;/b&gt; (a row with too many fields, text in a number column) must be fixed before training; &lt;b&gt;warnings&lt;/b&gt; (missing values, extreme values, a Latin-1 file) are handled for you and listed so that you know. Click a problem to see its cell.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Target&lt;/b&gt;: the column the model learns to predict. Identifier columns are never used as features.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Données&lt;/h3&gt;&lt;p&gt;Ouvrez un fichier CSV (ou déposez-le sur la fenêtre). Cohort le lit, devine la nature de chaque colonne (nombre, oui/non, catégorie, identifiant) et le vérifie. Les &lt;b&gt;erreurs&lt;/b&gt; (une ligne avec trop de champs, du texte dans une colonne de nombres) doivent être corrigées avant l’entraînement ; les &lt;b&gt;avertissements&lt;/b&gt; (valeurs manquantes, valeurs extrêmes, fichier Latin-1) sont traités pour vous et listés pour que vous le sachiez. Cliquez sur un problème pour voir sa cellule.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cible&lt;/b&gt; : la colonne que le modèle apprend à prédire. Les colonnes d’identifiants ne servent jamais de variables.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;Train&lt;/h3&gt;&lt;p&gt;Trains a model on the open file: 70% of the rows to learn, 15% to stop at the best epoch, 15% to test.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the training rows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batch size&lt;/b&gt;: rows per learning step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how big each step is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hidden layers&lt;/b&gt;: the size of the network.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The result is compared with the &lt;b&gt;majority baseline&lt;/b&gt;, always answering the most common class. &lt;b&gt;Balanced accuracy&lt;/b&gt; is the mean of the classes&apos; hit rates: a model that ignores a rare class gets no credit for it. The verdict names a class the model misses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entraîner&lt;/h3&gt;&lt;p&gt;Entraîne un modèle sur le fichier ouvert : 70 % des lignes pour apprendre, 15 % pour s’arrêter à la meilleure époque, 15 % pour tester.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Époques&lt;/b&gt; : passages sur les lignes d’entraînement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taille de lot&lt;/b&gt; : lignes par pas d’apprentissage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taux d’apprentissage&lt;/b&gt; : la taille de chaque pas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Couches cachées&lt;/b&gt; : la taille du réseau.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le résultat est comparé à la &lt;b&gt;référence majoritaire&lt;/b&gt; : toujours répondre la classe la plus fréquente. L’&lt;b&gt;exactitude équilibrée&lt;/b&gt; est la moyenne des taux de détection des classes : un modèle qui ignore une classe rare n’en tire aucun mérite. Le verdict nomme une classe que le modèle manque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h3&gt;Federation&lt;/h3&gt;&lt;p&gt;Sites train together without sharing rows: only model updates travel. &lt;b&gt;Host&lt;/b&gt; runs the hub that sites join with its address and &lt;b&gt;join code&lt;/b&gt;; &lt;b&gt;Join&lt;/b&gt; takes part as a site with your own file; &lt;b&gt;Peer to peer&lt;/b&gt; runs without a hub; &lt;b&gt;Start demo&lt;/b&gt; runs a hub and simulated sites on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounds&lt;/b&gt;: how many times the sites train and the hub combines.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Minimum sites&lt;/b&gt;: sites needed before a round starts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sampled fraction&lt;/b&gt;: the share of sites asked in each round.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deadline&lt;/b&gt;: how long a round waits for a site; a late site misses that round only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: how updates are combined. FedAvg averages them by rows; FedProx keeps sites near the global model; FedAdam, FedYogi and FedAdagrad add a server optimiser; median and trimmed mean resist a broken site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seconds per round&lt;/b&gt; (demo): slows rounds so that people can follow them.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The dotted line on the chart is the majority baseline: a model on that line is no better than always answering the most common class. The card at the end says so in words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fédération&lt;/h3&gt;&lt;p&gt;Les sites s’entraînent ensemble sans partager de lignes : seules les mises à jour du modèle circulent. &lt;b&gt;Héberger&lt;/b&gt; lance le hub que les sites rejoignent avec son adresse et le &lt;b&gt;code d’accès&lt;/b&gt; ; &lt;b&gt;Rejoindre&lt;/b&gt; participe comme site avec votre propre fichier ; &lt;b&gt;Pair à pair&lt;/b&gt; fonctionne sans hub ; &lt;b&gt;Lancer la démo&lt;/b&gt; lance un hub et des sites simulés sur cet ordinateur.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tours&lt;/b&gt; : combien de fois les sites s’entraînent et le hub combine.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sites minimum&lt;/b&gt; : sites nécessaires pour lancer un tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fraction échantillonnée&lt;/b&gt; : la part des sites sollicités à chaque tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Délai&lt;/b&gt; : combien de temps un tour attend un site ; un site en retard ne manque que ce tour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stratégie&lt;/b&gt; : comment les mises à jour sont combinées. FedAvg les moyenne selon les lignes ; FedProx garde les sites près du modèle global ; FedAdam, FedYogi et FedAdagrad ajoutent un optimiseur serveur ; médiane et moyenne tronquée résistent à un site défaillant.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Secondes par tour&lt;/b&gt; (démo) : ralentit les tours pour qu’on puisse les suivre.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La ligne pointillée du graphique est la référence majoritaire : un modèle sur cette ligne n’est pas meilleur que de toujours répondre la classe la plus fréquente. La carte de fin le dit en mots.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;Models&lt;/h3&gt;&lt;p&gt;Every trained model and every federated round is a &lt;b&gt;version&lt;/b&gt; in the registry, with its settings and test figures. Make a version &lt;b&gt;active&lt;/b&gt; to use it by default, compare two versions, export one to a file or import one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Modèles&lt;/h3&gt;&lt;p&gt;Chaque modèle entraîné et chaque tour fédéré est une &lt;b&gt;version&lt;/b&gt; du registre, avec ses réglages et ses résultats de test. Rendez une version &lt;b&gt;active&lt;/b&gt; pour l’utiliser par défaut, comparez deux versions, exportez-en une dans un fichier ou importez-en une.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../widgets/version_compare_view.cpp" line="+148"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy, macro F1 and ROC AUC of both versions</source>
        <translation>Exactitude, F1 macro et ROC AUC des deux versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First version details</source>
        <translation>Détails de la première version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second version details</source>
        <translation>Détails de la seconde version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to details</source>
        <translation>Retour aux détails</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionDetails</name>
    <message>
        <location line="-142"/>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Origin: %1 · round %2 · created %3 · parent %4 · predicts %5</source>
        <translation>Origine : %1 · tour %2 · créée le %3 · parente %4 · prédit %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accuracy %1 · macro F1 %2 · ROC AUC %3</source>
        <translation>Exactitude %1 · F1 macro %2 · ROC AUC %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1: %2</source>
        <translation>Version %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the active version.</source>
        <translation>Ceci est la version active.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preprocessing</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionTableModel</name>
    <message>
        <location filename="../widgets/version_table_model.cpp" line="+40"/>
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
    <message>
        <location line="+31"/>
        <source>Predicts %1</source>
        <translation>Prédit %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>● active</source>
        <translation>● active</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location filename="../widgets/view_frame.cpp" line="+72"/>
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

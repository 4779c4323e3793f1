<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ModelVerdict</name>
    <message numerus="yes">
        <location filename="../widgets/model_verdict.cpp" line="+96"/>
        <source>Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</source>
        <translation>
            <numerusform>Only %n case was evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</numerusform>
            <numerusform>Only %n cases were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::ExplainController</name>
    <message numerus="yes">
        <location filename="../app/bridge/explain_controller.cpp" line="+228"/>
        <source>Row %1 is not in %2: it has %n data row(s).</source>
        <translation>
            <numerusform>Row %1 is not in %2: it has %n data row.</numerusform>
            <numerusform>Row %1 is not in %2: it has %n data rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message numerus="yes">
        <location filename="../app/bridge/federation_hub.cpp" line="+157"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub on %1; waiting for %n site.</numerusform>
            <numerusform>Hub on %1; waiting for %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+26"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>Starting %n demo site process on this machine.</numerusform>
            <numerusform>Starting %n demo site processes on this machine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_participant.cpp" line="+77"/>
        <source>Done: trained in %n round(s).</source>
        <translation>
            <numerusform>Done: trained in %n round.</numerusform>
            <numerusform>Done: trained in %n rounds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Peer on port %1 with %n neighbour(s).</source>
        <translation>
            <numerusform>Peer on port %1 with %n neighbour.</numerusform>
            <numerusform>Peer on port %1 with %n neighbours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationLog</name>
    <message numerus="yes">
        <location filename="../app/bridge/federation_log_text.cpp" line="+37"/>
        <source>the run %1 already has all its %2 rounds</source>
        <translation>
            <numerusform>the run %1 already has all its %2 rounds</numerusform>
            <numerusform>the run %1 already has all its %2 rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>preprocessing fixed from %1 sites&apos; statistics</source>
        <translation>
            <numerusform>preprocessing fixed from %1 sites&apos; statistics</numerusform>
            <numerusform>preprocessing fixed from %1 sites&apos; statistics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>round %1 started with %2 of %3 sites</source>
        <translation>
            <numerusform>round %1 started with %2 of %3 site</numerusform>
            <numerusform>round %1 started with %2 of %3 sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>the federation finished after %1 rounds</source>
        <translation>
            <numerusform>the federation finished after %1 round</numerusform>
            <numerusform>the federation finished after %1 rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>joined as %1 with %2 training and %3 evaluation rows</source>
        <translation>
            <numerusform>joined as %1 with %2 training and %3 evaluation rows</numerusform>
            <numerusform>joined as %1 with %2 training and %3 evaluation rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>only %1 of %2 neighbours answered; going on</source>
        <translation>
            <numerusform>only %1 of %2 neighbours answered; going on</numerusform>
            <numerusform>only %1 of %2 neighbours answered; going on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::IssueText</name>
    <message numerus="yes">
        <location filename="../app/bridge/issue_text.cpp" line="+35"/>
        <source>This row has %Ln field(s), the header has %2</source>
        <translation>
            <numerusform>This row has %Ln field, the header has %2</numerusform>
            <numerusform>This row has %Ln fields, the header has %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln more row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%Ln more row has the wrong number of fields</numerusform>
            <numerusform>%Ln more rows have the wrong number of fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The file has %Ln column(s); at least 2 are needed (features and a target)</source>
        <translation>
            <numerusform>The file has %Ln column; at least 2 are needed (features and a target)</numerusform>
            <numerusform>The file has %Ln columns; at least 2 are needed (features and a target)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln value(s) beyond ±%2 (%3) are too large to compute with; they will be clipped to ±%2</source>
        <extracomment>%2 is the largest usable value, %3 a few of the values with their lines.</extracomment>
        <translation>
            <numerusform>%Ln value beyond ±%2 (%3) is too large to compute with; it will be clipped to ±%2</numerusform>
            <numerusform>%Ln values beyond ±%2 (%3) are too large to compute with; they will be clipped to ±%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln extreme value(s), e.g. %2, far outside the typical range from %3 to %4; they will be clipped to the training data&apos;s quantiles</source>
        <translation>
            <numerusform>%Ln extreme value, %2, far outside the typical range from %3 to %4; it will be clipped to the training data&apos;s quantiles</numerusform>
            <numerusform>%Ln extreme values, e.g. %2, far outside the typical range from %3 to %4; they will be clipped to the training data&apos;s quantiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The column holds numbers, but %Ln cell(s) are text (%2)</source>
        <extracomment>%2 lists a few of the cells with their lines.</extracomment>
        <translation>
            <numerusform>The column holds numbers, but %Ln cell is text (%2)</numerusform>
            <numerusform>The column holds numbers, but %Ln cells are text (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln text cell(s) in a numeric column (%2) are treated as missing</source>
        <translation>
            <numerusform>%Ln text cell in a numeric column (%2) is treated as missing</numerusform>
            <numerusform>%Ln text cells in a numeric column (%2) are treated as missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The federation&apos;s column is numeric, but %Ln of its %2 cells are text (%3)</source>
        <translation>
            <numerusform>The federation&apos;s column is numeric, but %Ln of its %2 cells is text (%3)</numerusform>
            <numerusform>The federation&apos;s column is numeric, but %Ln of its %2 cells are text (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The column looks like an identifier or free text (%Ln distinct value(s)); it is not used as a feature</source>
        <translation>
            <numerusform>The column looks like an identifier or free text (%Ln distinct value); it is not used as a feature</numerusform>
            <numerusform>The column looks like an identifier or free text (%Ln distinct values); it is not used as a feature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln missing value(s) (%2%) will be filled with the median of the training rows</source>
        <extracomment>%2 is a percentage of the rows, without the % sign.</extracomment>
        <translation>
            <numerusform>%Ln missing value (%2%) will be filled with the median of the training rows</numerusform>
            <numerusform>%Ln missing values (%2%) will be filled with the median of the training rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln missing value(s) (%2%) will be filled with the most frequent value of the training rows</source>
        <translation>
            <numerusform>%Ln missing value (%2%) will be filled with the most frequent value of the training rows</numerusform>
            <numerusform>%Ln missing values (%2%) will be filled with the most frequent value of the training rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have no target value; they are left out of training</source>
        <translation>
            <numerusform>%Ln row has no target value; it is left out of training</numerusform>
            <numerusform>%Ln rows have no target value; they are left out of training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) have no target value; they are left out</source>
        <translation>
            <numerusform>%Ln row has no target value; it is left out</numerusform>
            <numerusform>%Ln rows have no target value; they are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The target has %Ln distinct value(s); Cohort trains classifiers</source>
        <translation>
            <numerusform>The target has %Ln distinct value; Cohort trains classifiers</numerusform>
            <numerusform>The target has %Ln distinct values; Cohort trains classifiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Class “%1” has %Ln row(s); at least %3 are needed</source>
        <translation>
            <numerusform>Class “%1” has %Ln row; at least %3 are needed</numerusform>
            <numerusform>Class “%1” has %Ln rows; at least %3 are needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The federation&apos;s column is yes/no, but %Ln cell(s) are not (%2)</source>
        <translation>
            <numerusform>The federation&apos;s column is yes/no, but %Ln cell is not (%2)</numerusform>
            <numerusform>The federation&apos;s column is yes/no, but %Ln cells are not (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln cell(s) hold categories the federation has not seen (%2); they are encoded as all zeros</source>
        <extracomment>%3 lists the federation&apos;s categories.</extracomment>
        <translation>
            <numerusform>%Ln cell holds a category the federation has not seen (%2); it is encoded as all zeros</numerusform>
            <numerusform>%Ln cells hold categories the federation has not seen (%2); they are encoded as all zeros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln row(s) have a class the federation does not know (%2); they are left out</source>
        <translation>
            <numerusform>%Ln row has a class the federation does not know (%2); it is left out</numerusform>
            <numerusform>%Ln rows have a class the federation does not know (%2); they are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln row(s) have no target value or a class the model does not know; they are not evaluated</source>
        <translation>
            <numerusform>%Ln row has no target value or a class the model does not know; it is not evaluated</numerusform>
            <numerusform>%Ln rows have no target value or a class the model does not know; they are not evaluated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::RegistryController</name>
    <message numerus="yes">
        <location filename="../app/bridge/registry_controller.cpp" line="+216"/>
        <source>Run “%1” deleted with its %n versions.</source>
        <translation>
            <numerusform>Run “%1” deleted with its %n version.</numerusform>
            <numerusform>Run “%1” deleted with its %n versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::BeeswarmChartView</name>
    <message numerus="yes">
        <location filename="../widgets/beeswarm_chart_view.cpp" line="+252"/>
        <source>%1: on average moves the chance by %2 points (%Ln row(s))</source>
        <translation>
            <numerusform>%1: on average moves the chance by %2 points (%Ln row)</numerusform>
            <numerusform>%1: on average moves the chance by %2 points (%Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::DataPage</name>
    <message numerus="yes">
        <location filename="../widgets/data_page_file.cpp" line="+110"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/data_page.cpp" line="+261"/>
        <source>Ready to train: %Ln row(s), target &apos;%1&apos;.</source>
        <translation>
            <numerusform>Ready to train: %Ln row, target &apos;%1&apos;.</numerusform>
            <numerusform>Ready to train: %Ln rows, target &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This file has %n error(s) and cannot be trained on. Fix them in the file and open it again.</source>
        <translation>
            <numerusform>This file has %n error and cannot be trained on. Fix it in the file and open it again.</numerusform>
            <numerusform>This file has %n errors and cannot be trained on. Fix them in the file and open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::DemoPanel</name>
    <message numerus="yes">
        <location filename="../widgets/demo_panel.cpp" line="+140"/>
        <source>Runs a hub and %n site(s) on this computer with synthetic health data. No files needed.</source>
        <translation>
            <numerusform>Runs a hub and %n site on this computer with synthetic health data. No files needed.</numerusform>
            <numerusform>Runs a hub and %n sites on this computer with synthetic health data. No files needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainDatasetPanel</name>
    <message numerus="yes">
        <location filename="../widgets/explain_dataset_panel.cpp" line="+196"/>
        <source>How much each column moves the chance of %1, over %Ln row(s).</source>
        <translation>
            <numerusform>How much each column moves the chance of %1, over %Ln row.</numerusform>
            <numerusform>How much each column moves the chance of %1, over %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainPage</name>
    <message numerus="yes">
        <location filename="../widgets/explain_page.cpp" line="+333"/>
        <source>of %Ln row(s) in %1</source>
        <translation>
            <numerusform>of %Ln row in %1</numerusform>
            <numerusform>of %Ln rows in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::ExplainRowPanel</name>
    <message numerus="yes">
        <location filename="../widgets/explain_row_panel.cpp" line="+234"/>
        <source>%1 raised the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 raised the chance of %2 by %n point</numerusform>
            <numerusform>%1 raised the chance of %2 by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered the chance of %2 by %n point(s)</source>
        <translation>
            <numerusform>%1 lowered the chance of %2 by %n point</numerusform>
            <numerusform>%1 lowered the chance of %2 by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 raised it by %n point(s)</source>
        <translation>
            <numerusform>%1 raised it by %n point</numerusform>
            <numerusform>%1 raised it by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 lowered it by %n point(s)</source>
        <translation>
            <numerusform>%1 lowered it by %n point</numerusform>
            <numerusform>%1 lowered it by %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%1; %n value(s) missing, filled in as in training</source>
        <translation>
            <numerusform>%1; %n value missing, filled in as in training</numerusform>
            <numerusform>%1; %n values missing, filled in as in training</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::ModelsPage</name>
    <message numerus="yes">
        <location filename="../widgets/models_page.cpp" line="+291"/>
        <source>%n versions selected. Select one for its details, or two to compare them.</source>
        <translation>
            <numerusform>%n version selected. Select one for its details, or two to compare them.</numerusform>
            <numerusform>%n versions selected. Select one for its details, or two to compare them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models_page_actions.cpp" line="+86"/>
        <source>Delete the run “%1” with all its %n versions? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the run “%1” with its %n version? This cannot be undone.</numerusform>
            <numerusform>Delete the run “%1” with all its %n versions? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::RoundTimelineView</name>
    <message numerus="yes">
        <location filename="../widgets/round_timeline_view.cpp" line="+297"/>
        <source>%n round(s); last round %1: %2 answered, %3 dropped.</source>
        <translation>
            <numerusform>%n round; last round %1: %2 answered, %3 dropped.</numerusform>
            <numerusform>%n rounds; last round %1: %2 answered, %3 dropped.</numerusform>
        </translation>
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
    <message numerus="yes">
        <location line="+230"/>
        <source>Finished %n epoch(s) in %1.</source>
        <translation>
            <numerusform>Finished %n epoch in %1.</numerusform>
            <numerusform>Finished %n epochs in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Stopped after epoch %n; nothing was saved.</source>
        <translation>
            <numerusform>Stopped after epoch %n; nothing was saved.</numerusform>
            <numerusform>Stopped after epoch %n; nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::VersionTableModel</name>
    <message numerus="yes">
        <location filename="../widgets/version_table_model.cpp" line="+122"/>
        <source>%1: %n rounds, versions %2 to %3. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</source>
        <translation>
            <numerusform>%1: %n round, version %2. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</numerusform>
            <numerusform>%1: %n rounds, versions %2 to %3. The figures are the newest round&apos;s; click the arrow or double-click the row to see each round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%1 (%n rounds)</source>
        <comment>a federation run and how many rounds it stored</comment>
        <translation>
            <numerusform>%1 (%n round)</numerusform>
            <numerusform>%1 (%n rounds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ui::WaterfallChartView</name>
    <message numerus="yes">
        <location filename="../widgets/waterfall_chart_view.cpp" line="+97"/>
        <source>%n other column(s)</source>
        <translation>
            <numerusform>%n other column</numerusform>
            <numerusform>%n other columns</numerusform>
        </translation>
    </message>
</context>
</TS>

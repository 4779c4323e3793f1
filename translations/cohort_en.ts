<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ModelVerdict</name>
    <message numerus="yes">
        <location filename="../widgets/model_verdict.cpp" line="+90"/>
        <source>Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</source>
        <translation>
            <numerusform>Only %n case was evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</numerusform>
            <numerusform>Only %n cases were evaluated: the accuracy could well be anywhere from %1 to %2 (95% interval).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::app::FederationController</name>
    <message numerus="yes">
        <location filename="../app/bridge/federation_controller.cpp" line="+284"/>
        <source>Hub on %1; waiting for %n site(s).</source>
        <translation>
            <numerusform>Hub on %1; waiting for %n site.</numerusform>
            <numerusform>Hub on %1; waiting for %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_demo_sites.cpp" line="+23"/>
        <source>Starting %n demo site process(es) on this machine.</source>
        <translation>
            <numerusform>Starting %n demo site process on this machine.</numerusform>
            <numerusform>Starting %n demo site processes on this machine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/bridge/federation_participant.cpp" line="+46"/>
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
        <location filename="../widgets/data_page.cpp" line="+313"/>
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
        <location line="+35"/>
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
        <location filename="../widgets/demo_panel.cpp" line="+135"/>
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
        <location filename="../widgets/explain_page.cpp" line="+341"/>
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
        <location filename="../widgets/explain_row_panel.cpp" line="+214"/>
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
</context>
<context>
    <name>cohort::ui::ModelsPage</name>
    <message numerus="yes">
        <location filename="../widgets/models_page.cpp" line="+248"/>
        <source>%n versions selected. Select one for its details, or two to compare them.</source>
        <translation>
            <numerusform>%n version selected. Select one for its details, or two to compare them.</numerusform>
            <numerusform>%n versions selected. Select one for its details, or two to compare them.</numerusform>
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

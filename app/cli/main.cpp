// cohort-cli: the headless face of Cohort. Every capability that is not purely visual is
// reachable here, for hospital servers without a display and for tests.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/bench_command.h"
#include "cli/data_commands.h"
#include "cli/demo_command.h"
#include "cli/explain_command.h"
#include "cli/federation_commands.h"
#include "cli/model_commands.h"
#include "cli/peer_command.h"
#include "cli/simulate_command.h"
#include "core/allocator_tuning.h"
#include "network/log_text.h"

int main(int argc, char **argv)
{
    cohort::engine::keepLargeAllocationsInHeap();
    // Protobuf's own complaints about untrusted input come out as one escaped line of ours.
    cohort::net::routeProtobufLog([](const std::string &line)
                                  { std::cerr << "cohort-cli: " << line << std::endl; });
    CLI::App app{"Cohort: federated learning on health and fitness data (headless)", "cohort-cli"};
    app.require_subcommand(1);
    int exitCode = 0;
    cohort::app::addGenerateCommand(app, exitCode);
    cohort::app::addInspectCommand(app, exitCode);
    cohort::app::addTrainCommand(app, exitCode);
    cohort::app::addEvaluateCommand(app, exitCode);
    cohort::app::addPredictCommand(app, exitCode);
    cohort::app::addExplainCommand(app, exitCode);
    cohort::app::addVersionsCommand(app, exitCode);
    cohort::app::addDemoCommand(app, exitCode);
    cohort::app::addSimulateCommand(app, exitCode);
    cohort::app::addHubCommand(app, exitCode);
    cohort::app::addSiteCommand(app, exitCode);
    cohort::app::addPeerCommand(app, exitCode);
    cohort::app::addBenchCommand(app, exitCode);
    try
    {
        app.parse(argc, argv);
    }
    catch (const CLI::ParseError &e)
    {
        // Usage mistakes are bad input: exit status 2, like a bad CSV file.
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    return exitCode;
}

// registry_writer_child DBPATH: saves large model versions into a registry until it is killed,
// printing "saving <k>" before each save and "saved <id>" after its commit, so that
// ModelRegistryTest can kill it in the middle of a save.
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#include "store/model_registry.h"

namespace
{

constexpr std::size_t kParameterCount = 2'000'000;

// Must match expectedWeight() in model_registry_test.cpp. Integers below 2^24 are exact floats.
float weightFor(std::int64_t sequence, std::size_t index)
{
    const std::uint64_t mixed = static_cast<std::uint64_t>(index) * 2654435761u
                                + static_cast<std::uint64_t>(sequence) * 97u;
    return static_cast<float>(mixed & 0xFFFFFFu);
}

} // namespace

int main(int argc, char **argv)
{
    using namespace cohort::engine;
    if (argc != 2)
    {
        std::cerr << "usage: registry_writer_child DBPATH\n";
        return 2;
    }
    Result<ModelRegistry> opened = ModelRegistry::open(argv[1]);
    if (!opened)
    {
        std::cerr << opened.error().toString() << '\n';
        return 1;
    }
    ModelRegistry registry = std::move(opened).value();

    // Version k (counted from 1) is the k-th "saved" line: the parent needs nothing else to
    // know what each reported version must hold. If the parent dies, the next write to the
    // closed pipe raises SIGPIPE and ends this loop.
    ModelVersionRecord version;
    version.origin = ModelOrigin::Federated;
    version.weights.resize(kParameterCount);
    for (std::int64_t sequence = 1;; ++sequence)
    {
        version.round = static_cast<int>(sequence);
        version.name = "writer " + std::to_string(sequence);
        for (std::size_t i = 0; i < kParameterCount; ++i)
            version.weights[i] = weightFor(sequence, i);
        std::cout << "saving " << sequence << std::endl;
        const Result<std::int64_t> saved = registry.saveVersion(version);
        if (!saved)
        {
            std::cerr << saved.error().toString() << '\n';
            return 1;
        }
        std::cout << "saved " << saved.value() << std::endl;
        version.parentId = saved.value();
    }
}

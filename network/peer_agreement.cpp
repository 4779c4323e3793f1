#include "network/peer_agreement.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "network/federation_messages.h"
#include "network/wire_messages.h"

namespace cohort::net
{

namespace
{

using NamedSchema = std::pair<std::string, engine::FederationSchema>;

// The schema all peers share: the same features, every category and class any peer has.
engine::Result<engine::FederationSchema> mergeSchemas(const std::vector<NamedSchema> &schemas)
{
    engine::FederationSchema merged = schemas.front().second;
    std::set<std::string> classes(merged.classNames.begin(), merged.classNames.end());
    for (const auto &[peer, schema] : schemas)
    {
        if (schema.target != merged.target || schema.features.size() != merged.features.size())
            return engine::makeError(engine::ErrorCode::InvalidInput,
                                     engine::Reason{engine::ReasonCode::PeerOtherColumns, {peer}});
        for (std::size_t i = 0; i < schema.features.size(); ++i)
        {
            engine::FeatureSpec &mine = merged.features[i];
            const engine::FeatureSpec &theirs = schema.features[i];
            if (mine.name != theirs.name || mine.kind != theirs.kind)
                return engine::makeError(
                    engine::ErrorCode::InvalidInput,
                    engine::Reason{engine::ReasonCode::PeerColumnDiffers,
                                   {peer, theirs.name, mine.name}});
            std::set<std::string> categories(mine.categories.begin(), mine.categories.end());
            categories.insert(theirs.categories.begin(), theirs.categories.end());
            mine.categories.assign(categories.begin(), categories.end());
        }
        classes.insert(schema.classNames.begin(), schema.classNames.end());
    }
    merged.classNames.assign(classes.begin(), classes.end());
    return merged;
}

engine::Result<engine::FederationSchema> schemaFromText(const std::string &peer,
                                                        const std::string &text)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "peer " + peer + " sent a schema that is not JSON");
    return engine::federationSchemaFromJson(json);
}

// Adopts what a running neighbour agreed on; this peer's own columns must match it.
engine::Result<PeerAgreement> adopt(const OwnAgreementInput &own, const std::string &peer,
                                    const cohort::wire::PeerHello &hello)
{
    engine::Result<engine::FederationSchema> schema =
        schemaFromText(peer, hello.agreed_schema_json());
    if (!schema)
        return schema.error();
    // The shared schema already holds every class and category; checking against it tells
    // this peer exactly which of its columns do not fit.
    if (auto fits = mergeSchemas({{peer, schema.value()}, {own.name, own.schema}}); !fits)
        return fits.error();
    for (const std::string &label : own.schema.classNames)
    {
        if (std::find(schema->classNames.begin(), schema->classNames.end(), label)
            == schema->classNames.end())
            return engine::makeError(engine::ErrorCode::InvalidInput,
                                     engine::Reason{engine::ReasonCode::PeerUnknownClass, {label}},
                                     "remove those rows or restart the federation with them");
    }
    const nlohmann::json json = nlohmann::json::parse(hello.preprocessor_json(), nullptr, false);
    engine::Result<engine::Preprocessor> preprocessor =
        json.is_discarded() ? engine::Result<engine::Preprocessor>(
            engine::makeError(engine::ErrorCode::InvalidInput,
                              "peer " + peer + " sent preprocessing that is not JSON"))
                            : engine::Preprocessor::fromJson(json);
    if (!preprocessor)
        return preprocessor.error();
    engine::Result<std::vector<float>> model = fromTensor(hello.model());
    if (!model)
        return model.error();
    PeerAgreement agreement{std::move(schema).value(),
                            std::move(preprocessor).value(),
                            std::move(model).value(),
                            static_cast<int>(hello.completed_rounds()),
                            peer,
                            0};
    return agreement;
}

} // namespace

bool helloCarriesAgreement(const cohort::wire::PeerHello &hello)
{
    return !hello.preprocessor_json().empty();
}

engine::Result<PeerAgreement>
agreeWithNeighbours(const OwnAgreementInput &own,
                    const std::map<std::string, cohort::wire::PeerHello> &hellos)
{
    const cohort::wire::PeerHello *running = nullptr;
    std::string runningName;
    for (const auto &[name, hello] : hellos)
    {
        if (helloCarriesAgreement(hello)
            && (!running || hello.completed_rounds() < running->completed_rounds()))
        {
            running = &hello;
            runningName = name;
        }
    }
    std::vector<engine::SiteSummary> seen{own.summary};
    for (const auto &[name, hello] : hellos)
        seen.push_back(summaryFromStatistics(hello.statistics()));
    if (running)
    {
        engine::Result<PeerAgreement> adopted = adopt(own, runningName, *running);
        if (adopted)
            adopted->baselineClass = engine::majorityClass(seen, adopted->schema.classNames);
        return adopted;
    }

    // A std::map iterates by name, so on a full mesh every peer combines in the same order.
    std::vector<NamedSchema> schemas;
    std::vector<std::pair<std::string, engine::SiteSummary>> summaries;
    for (const auto &[name, hello] : hellos)
    {
        engine::Result<engine::FederationSchema> schema = schemaFromText(name, hello.schema_json());
        if (!schema)
            return schema.error();
        schemas.emplace_back(name, std::move(schema).value());
        summaries.emplace_back(name, summaryFromStatistics(hello.statistics()));
    }
    schemas.emplace_back(own.name, own.schema);
    summaries.emplace_back(own.name, own.summary);
    const auto byName = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::sort(schemas.begin(), schemas.end(), byName);
    std::sort(summaries.begin(), summaries.end(), byName);
    engine::Result<engine::FederationSchema> merged = mergeSchemas(schemas);
    if (!merged)
        return merged.error();
    std::vector<engine::SiteSummary> ordered;
    for (auto &[name, summary] : summaries)
        ordered.push_back(std::move(summary));
    engine::Result<engine::Preprocessor> preprocessor =
        engine::combineSummaries(ordered, merged.value());
    if (!preprocessor)
        return preprocessor.error();
    const int baseline = engine::majorityClass(seen, merged->classNames);
    return PeerAgreement{
        std::move(merged).value(), std::move(preprocessor).value(), std::nullopt, 0, {}, baseline};
}

void describeAgreement(cohort::wire::PeerHello &hello, const engine::FederationSchema &schema,
                       const engine::Preprocessor &preprocessor, int completedRounds,
                       const std::vector<float> &model)
{
    hello.set_agreed_schema_json(engine::toJson(schema).dump());
    hello.set_preprocessor_json(preprocessor.toJson().dump());
    hello.set_completed_rounds(static_cast<std::uint64_t>(completedRounds));
    *hello.mutable_model() = toTensor(model);
}

} // namespace cohort::net

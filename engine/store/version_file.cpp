#include "store/version_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "model/trained_model.h"

namespace cohort::engine
{

namespace
{

constexpr const char *kFormat = "cohort-model";
constexpr int kFormatVersion = 1;

Error fileError(ErrorCode code, std::string message, const std::string &path, std::string hint = {})
{
    Error error = makeError(code, std::move(message), std::move(hint));
    error.file = path;
    return error;
}

// The part of a version a file carries, checked: JSON text fields must parse.
Result<nlohmann::json> parseField(const nlohmann::json &file, const char *key,
                                  const std::string &path)
{
    if (!file.contains(key) || !file.at(key).is_object())
        return fileError(ErrorCode::InvalidInput,
                         std::string("the model file has no '") + key + "' section", path);
    return file.at(key);
}

} // namespace

Result<void> writeVersionFile(const ModelVersionRecord &version, const std::string &path)
{
    nlohmann::json file{
        {"format", kFormat},
        {"format_version", kFormatVersion},
        {"name", version.name},
        {"origin", toString(version.origin)},
        {"created_at", version.createdAt},
        {"spec", nlohmann::json::parse(version.specJson, nullptr, false)},
        {"preprocessing", nlohmann::json::parse(version.preprocessingJson, nullptr, false)},
        {"metrics", nlohmann::json::parse(version.metricsJson, nullptr, false)},
        {"weights", version.weights}};
    if (version.round)
        file["round"] = *version.round;
    const std::string temporary = path + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << file.dump();
        out.flush();
        if (!out)
        {
            std::remove(temporary.c_str());
            return fileError(ErrorCode::Io, "could not write the model file", path,
                             "check that the folder exists, is writable and has space");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error)
    {
        std::remove(temporary.c_str());
        return fileError(ErrorCode::Io, "could not write the model file: " + error.message(), path);
    }
    return {};
}

Result<ModelVersionRecord> readVersionFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileError(ErrorCode::NotFound, "cannot open the model file", path);
    const nlohmann::json file = nlohmann::json::parse(in, nullptr, false);
    if (file.is_discarded() || !file.is_object() || file.value("format", "") != kFormat)
        return fileError(ErrorCode::InvalidInput, "this is not a Cohort model file", path,
                         "export one from the Models page or with `cohort-cli`");
    if (file.value("format_version", 0) != kFormatVersion)
        return fileError(ErrorCode::InvalidInput,
                         "the model file has format version "
                             + std::to_string(file.value("format_version", 0))
                             + "; this Cohort reads " + std::to_string(kFormatVersion),
                         path);
    Result<nlohmann::json> spec = parseField(file, "spec", path);
    Result<nlohmann::json> preprocessing = parseField(file, "preprocessing", path);
    if (!spec)
        return spec.error();
    if (!preprocessing)
        return preprocessing.error();
    ModelVersionRecord version;
    version.name = file.value("name", std::string("imported model"));
    Result<ModelOrigin> origin = modelOriginFromString(file.value("origin", std::string()));
    version.origin = origin ? origin.value() : ModelOrigin::Local;
    if (file.contains("round") && file.at("round").is_number_integer())
        version.round = file.at("round").get<int>();
    version.specJson = spec->dump();
    version.preprocessingJson = preprocessing->dump();
    version.metricsJson = file.contains("metrics") && file.at("metrics").is_object()
                              ? file.at("metrics").dump()
                              : "{}";
    if (!file.contains("weights") || !file.at("weights").is_array())
        return fileError(ErrorCode::InvalidInput, "the model file has no weights", path);
    for (const nlohmann::json &value : file.at("weights"))
    {
        if (!value.is_number())
            return fileError(ErrorCode::InvalidInput, "the model's weights hold a non-number",
                             path);
        version.weights.push_back(value.get<float>());
    }
    // The same check as loading a stored version: spec, preprocessing and weights must fit.
    if (Result<TrainedModel> model =
            TrainedModel::fromStored(version.specJson, version.preprocessingJson, version.weights);
        !model)
        return fileError(ErrorCode::InvalidInput, model.error().message, path);
    return version;
}

} // namespace cohort::engine

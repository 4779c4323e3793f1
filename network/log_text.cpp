#include "network/log_text.h"

#include <cstdio>
#include <mutex>

#include <google/protobuf/stubs/logging.h>

namespace cohort::net
{

std::string loggable(std::string_view text, std::size_t maxLength)
{
    std::string out;
    out.reserve(std::min(text.size(), maxLength) + 8);
    std::size_t shown = 0;
    for (const char c : text)
    {
        if (shown == maxLength)
        {
            out += "\u2026";
            break;
        }
        ++shown;
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (byte < 0x20 || byte == 0x7f)
        {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            out += escaped;
        }
        else
            out += c;
    }
    return out;
}

engine::Reason loggable(const engine::Reason &reason)
{
    engine::Reason safe{reason.code, {}};
    for (const std::string &argument : reason.args)
        safe.args.push_back(loggable(argument));
    return safe;
}

namespace
{

std::mutex g_sinkMutex;
std::function<void(const std::string &)> g_sink;

void protobufLog(google::protobuf::LogLevel level, const char *, int, const std::string &message)
{
    std::lock_guard lock(g_sinkMutex);
    if (g_sink)
        g_sink(std::string(level >= google::protobuf::LOGLEVEL_ERROR ? "protobuf error: "
                                                                      : "protobuf: ")
               + loggable(message));
}

} // namespace

void routeProtobufLog(std::function<void(const std::string &)> sink)
{
    std::lock_guard lock(g_sinkMutex);
    g_sink = std::move(sink);
    google::protobuf::SetLogHandler(&protobufLog);
}

} // namespace cohort::net

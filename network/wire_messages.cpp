#include "network/wire_messages.h"

#include <bit>
#include <cassert>
#include <climits>
#include <cstring>
#include <limits>

#include "network/log_text.h"

namespace cohort::net
{

namespace
{

using engine::ErrorCode;
using engine::makeError;

constexpr std::size_t kFloat32Bytes = 4;
static_assert(sizeof(float) == kFloat32Bytes && std::numeric_limits<float>::is_iec559,
              "the wire format carries IEEE 754 binary32 floats");

// The element count a shape describes, or an error for negative or overflowing dimensions.
engine::Result<std::size_t> elementCount(const cohort::wire::Tensor &tensor)
{
    std::size_t count = 1;
    for (int i = 0; i < tensor.shape_size(); ++i)
    {
        const std::int64_t dimension = tensor.shape(i);
        if (dimension < 0)
            return makeError(ErrorCode::InvalidInput, "tensor dimension " + std::to_string(i)
                                                          + " is negative ("
                                                          + std::to_string(dimension) + ")");
        const auto size = static_cast<std::size_t>(dimension);
        if (size != 0 && count > std::numeric_limits<std::size_t>::max() / kFloat32Bytes / size)
            return makeError(ErrorCode::InvalidInput, "tensor shape describes too many elements");
        count *= size;
    }
    return count;
}

} // namespace

engine::Result<cohort::wire::Envelope> parseEnvelope(std::string_view payload)
{
    cohort::wire::Envelope envelope;
    if (payload.size() > static_cast<std::size_t>(INT_MAX)
        || !envelope.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return makeError(ErrorCode::InvalidInput,
                         "malformed message: " + std::to_string(payload.size())
                             + " payload bytes are not a valid Envelope",
                         "the peer runs an incompatible Cohort build or the data was corrupted");
    return envelope;
}

std::string serialize(const cohort::wire::Envelope &envelope)
{
    std::string bytes;
    [[maybe_unused]] const bool serialized = envelope.SerializeToString(&bytes);
    assert(serialized);
    return bytes;
}

engine::Result<std::vector<std::uint8_t>>
encodeEnvelopeFrame(const cohort::wire::Envelope &envelope, std::uint32_t maxFrameBytes)
{
    // ByteSizeLong() first: it is cheap, and protobuf cannot serialize past 2 GiB at all.
    const std::size_t size = envelope.ByteSizeLong();
    if (size > maxFrameBytes)
        return makeError(ErrorCode::InvalidInput,
                         "message of " + std::to_string(size) + " bytes exceeds the "
                             + std::to_string(maxFrameBytes) + "-byte frame limit");
    return encodeFrame(kEnvelopeFrameType, serialize(envelope));
}

cohort::wire::Tensor toTensor(const std::vector<float> &values)
{
    cohort::wire::Tensor tensor;
    tensor.set_dtype(cohort::wire::Tensor::FLOAT32);
    tensor.add_shape(static_cast<std::int64_t>(values.size()));
    std::string &data = *tensor.mutable_data();
    data.resize(values.size() * kFloat32Bytes);
    if constexpr (std::endian::native == std::endian::little)
    {
        if (!values.empty())
            std::memcpy(data.data(), values.data(), data.size());
    }
    else
    {
        for (std::size_t i = 0; i < values.size(); ++i)
        {
            const auto bits = std::bit_cast<std::uint32_t>(values[i]);
            for (std::size_t b = 0; b < kFloat32Bytes; ++b)
                data[i * kFloat32Bytes + b] = static_cast<char>(bits >> (8 * b));
        }
    }
    return tensor;
}

engine::Result<std::vector<float>> fromTensor(const cohort::wire::Tensor &tensor)
{
    if (tensor.dtype() != cohort::wire::Tensor::FLOAT32)
    {
        // A newer peer may send a dtype this build has no name for.
        const std::string &name = cohort::wire::Tensor::DType_Name(tensor.dtype());
        const std::string number = std::to_string(static_cast<int>(tensor.dtype()));
        return makeError(ErrorCode::InvalidInput,
                         "tensor dtype " + (name.empty() ? number : name + " (" + number + ")")
                             + " is not supported; expected FLOAT32");
    }
    engine::Result<std::size_t> count = elementCount(tensor);
    if (!count)
        return count.error();
    const std::string &data = tensor.data();
    if (count.value() * kFloat32Bytes != data.size())
        return makeError(ErrorCode::InvalidInput, "tensor shape holds "
                                                      + std::to_string(count.value())
                                                      + " float32 values but carries "
                                                      + std::to_string(data.size()) + " bytes");
    std::vector<float> values(count.value());
    if constexpr (std::endian::native == std::endian::little)
    {
        if (!values.empty())
            std::memcpy(values.data(), data.data(), data.size());
    }
    else
    {
        for (std::size_t i = 0; i < values.size(); ++i)
        {
            std::uint32_t bits = 0;
            for (std::size_t b = 0; b < kFloat32Bytes; ++b)
                bits |= std::uint32_t{static_cast<std::uint8_t>(data[i * kFloat32Bytes + b])}
                        << (8 * b);
            values[i] = std::bit_cast<float>(bits);
        }
    }
    return values;
}

namespace
{

template <typename Message> engine::Reason receivedReason(const Message &message,
                                                          const std::string &english)
{
    if (english.empty() && message.reason_code().empty())
        return engine::Reason{engine::ReasonCode::GaveNoReason, {}};
    std::vector<std::string> args(message.reason_args().begin(), message.reason_args().end());
    return loggable(engine::reasonFrom(message.reason_code(), std::move(args), english));
}

template <typename Message> void putReason(Message &message, const engine::Reason &reason)
{
    message.set_reason_code(std::string(engine::reasonCodeName(reason.code)));
    message.clear_reason_args();
    for (const std::string &argument : reason.args)
        message.add_reason_args(argument);
}

} // namespace

void setReason(cohort::wire::ErrorReply &reply, const engine::Reason &reason)
{
    reply.set_message(engine::reasonEnglish(reason));
    putReason(reply, reason);
}

void setReason(cohort::wire::RoundFailure &failure, const engine::Reason &reason)
{
    failure.set_reason(engine::reasonEnglish(reason));
    putReason(failure, reason);
}

engine::Reason reasonOf(const cohort::wire::ErrorReply &reply)
{
    return receivedReason(reply, reply.message());
}

engine::Reason reasonOf(const cohort::wire::RoundFailure &failure)
{
    return receivedReason(failure, failure.reason());
}

} // namespace cohort::net

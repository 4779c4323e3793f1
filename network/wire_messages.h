// Conversions between Cohort's values and the protobuf wire schema (proto/cohort.proto):
// Envelopes to and from frame payloads, weight vectors to and from Tensors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "network/frame_codec.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

/// Decodes a frame's payload. Bytes protobuf cannot parse are an InvalidInput error. A
/// parsed Envelope may still have no body (body_case() == BODY_NOT_SET), e.g. one sent by a
/// newer peer: dispatchers answer that with ErrorReply UNKNOWN_TYPE.
[[nodiscard]] engine::Result<cohort::wire::Envelope> parseEnvelope(std::string_view payload);

/// The Envelope's wire bytes, the payload of a type-1 frame. The Envelope must be smaller than
/// protobuf's 2 GiB limit; encodeEnvelopeFrame() checks the (much smaller) frame limit.
[[nodiscard]] std::string serialize(const cohort::wire::Envelope &envelope);

/// serialize() and encodeFrame() in one step; an Envelope larger than maxFrameBytes (which
/// the peer would reject) is an InvalidInput error instead of a frame.
[[nodiscard]] engine::Result<std::vector<std::uint8_t>>
encodeEnvelopeFrame(const cohort::wire::Envelope &envelope,
                    std::uint32_t maxFrameBytes = kMaxFrameBytes);

/// A one-dimensional FLOAT32 tensor holding the values as little-endian bytes.
/// Puts `reason` into an ErrorReply or RoundFailure: its English and its code and arguments.
void setReason(cohort::wire::ErrorReply &reply, const engine::Reason &reason);
void setReason(cohort::wire::RoundFailure &failure, const engine::Reason &reason);
/// The reason a received ErrorReply or RoundFailure gives, its arguments escaped for logs: the
/// code when the sender gave a known one, else its English text (empty: "gave no reason").
[[nodiscard]] engine::Reason reasonOf(const cohort::wire::ErrorReply &reply);
[[nodiscard]] engine::Reason reasonOf(const cohort::wire::RoundFailure &failure);

[[nodiscard]] cohort::wire::Tensor toTensor(const std::vector<float> &values);

/// The tensor's values. InvalidInput unless the dtype is FLOAT32, no dimension is negative,
/// and the shape's element count times 4 equals the byte count (an empty shape is a scalar).
[[nodiscard]] engine::Result<std::vector<float>> fromTensor(const cohort::wire::Tensor &tensor);

} // namespace cohort::net

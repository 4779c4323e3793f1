// The frame codec and the wire messages: frames survive any split of the byte stream, bad
// headers are refused from the header alone, Envelopes and tensors round-trip bit for bit.
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QByteArrayList>
#include <QTest>

#include "network/frame_codec.h"
#include "network/wire_messages.h"

using namespace cohort::net;
using cohort::engine::Error;
using cohort::engine::ErrorCode;
using cohort::engine::Result;

namespace
{

QByteArray toBytes(const std::vector<std::uint8_t> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

QByteArray toBytes(const std::string &bytes)
{
    return QByteArray::fromStdString(bytes);
}

std::string_view viewOf(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray envelopeFrame(const QByteArray &payload)
{
    return toBytes(encodeFrame(kEnvelopeFrameType, viewOf(payload)));
}

// A 12-byte header written by hand, so it can say things encodeFrame() never would.
QByteArray header(const QByteArray &magic, std::uint16_t version, std::uint16_t type,
                  std::uint32_t length)
{
    QByteArray bytes = magic;
    for (const std::uint32_t value : {std::uint32_t{version}, std::uint32_t{type}})
    {
        bytes.append(static_cast<char>(value >> 8));
        bytes.append(static_cast<char>(value & 0xff));
    }
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((length >> shift) & 0xff));
    return bytes;
}

void feed(FrameDecoder &decoder, const QByteArray &bytes, bool byteByByte)
{
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const auto size = static_cast<std::size_t>(bytes.size());
    if (!byteByByte)
        return decoder.feed(data, size);
    for (std::size_t i = 0; i < size; ++i)
        decoder.feed(data + i, 1);
}

// Every frame next() hands out, and the error that ends them, if any.
struct Drained
{
    QByteArrayList payloads;
    std::optional<Error> error;
};

Drained drain(FrameDecoder &decoder)
{
    Drained drained;
    for (;;)
    {
        Result<std::optional<Frame>> next = decoder.next();
        if (!next)
        {
            drained.error = next.error();
            return drained;
        }
        if (!next.value())
            return drained;
        drained.payloads.append(toBytes(next.value()->payload));
    }
}

cohort::wire::Envelope envelopeHeader(std::uint64_t messageId)
{
    cohort::wire::Envelope envelope;
    envelope.set_run_id("run-7f3a");
    envelope.set_group_id(3);
    envelope.set_sender("site-2");
    envelope.set_message_id(messageId);
    return envelope;
}

QByteArray helloPayload()
{
    cohort::wire::Envelope envelope = envelopeHeader(1);
    cohort::wire::Hello &hello = *envelope.mutable_hello();
    hello.set_protocol_version(kProtocolVersion);
    hello.set_site_name("Clinic Nord");
    hello.add_capabilities("fedprox");
    hello.set_join_code("K7-PQ-22");
    return toBytes(serialize(envelope));
}

QByteArray fitResultPayload(int weightCount)
{
    std::vector<float> weights(static_cast<std::size_t>(weightCount));
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = 0.25f * static_cast<float>(i) - 3.0f;
    cohort::wire::Envelope envelope = envelopeHeader(2);
    cohort::wire::FitResult &result = *envelope.mutable_fit_result();
    result.set_round(3);
    *result.mutable_parameters() = toTensor(weights);
    result.set_sample_count(412);
    result.set_train_loss(0.4375);
    return toBytes(serialize(envelope));
}

QByteArray goodbyePayload()
{
    cohort::wire::Envelope envelope = envelopeHeader(3);
    envelope.mutable_goodbye()->set_reason("user left the federation");
    return toBytes(serialize(envelope));
}

cohort::wire::Tensor tensorOf(int dtype, std::vector<std::int64_t> shape, std::size_t byteCount)
{
    cohort::wire::Tensor tensor;
    tensor.set_dtype(static_cast<cohort::wire::Tensor::DType>(dtype));
    for (const std::int64_t dimension : shape)
        tensor.add_shape(dimension);
    tensor.mutable_data()->assign(byteCount, '\0');
    return tensor;
}

} // namespace

class FrameCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerLayout();
    void decodesFrames_data();
    void decodesFrames();
    void rejectsBadHeaders_data();
    void rejectsBadHeaders();
    void waitsForTruncatedInput_data();
    void waitsForTruncatedInput();
    void rejectsMalformedPayload_data();
    void rejectsMalformedPayload();
    void refusesEnvelopeAboveLimit();
    void tensorRoundTrip_data();
    void tensorRoundTrip();
    void rejectsInvalidTensors_data();
    void rejectsInvalidTensors();
};

void FrameCodecTest::headerLayout()
{
    const QByteArray frame = toBytes(encodeFrame(kEnvelopeFrameType, "abc"));
    QCOMPARE(frame, QByteArray("CHRT\x00\x01\x00\x01\x00\x00\x00\x03"
                               "abc",
                               15));
    QCOMPARE(kMaxFrameBytes, 268435456u);
}

void FrameCodecTest::decodesFrames_data()
{
    QTest::addColumn<QByteArrayList>("payloads");
    QTest::addColumn<bool>("byteByByte");

    const QByteArrayList one = {fitResultPayload(64)};
    const QByteArrayList several = {helloPayload(), fitResultPayload(300), goodbyePayload()};
    QTest::newRow("one frame, one block") << one << false;
    QTest::newRow("one frame, byte by byte") << one << true;
    QTest::newRow("several frames, one block") << several << false;
    QTest::newRow("several frames, byte by byte") << several << true;
    QTest::newRow("zero-length payload") << QByteArrayList{QByteArray()} << false;
    QTest::newRow("zero-length payloads between others, byte by byte")
        << QByteArrayList{QByteArray(), helloPayload(), QByteArray()} << true;
}

void FrameCodecTest::decodesFrames()
{
    QFETCH(QByteArrayList, payloads);
    QFETCH(bool, byteByByte);

    QByteArray stream;
    for (const QByteArray &payload : payloads)
        stream += envelopeFrame(payload);
    FrameDecoder decoder;
    feed(decoder, stream, byteByByte);

    const Drained drained = drain(decoder);
    QVERIFY2(!drained.error, drained.error ? drained.error->message.c_str() : "");
    QCOMPARE(drained.payloads, payloads);
    QCOMPARE(decoder.bufferedBytes(), std::size_t{0});
    for (const QByteArray &payload : drained.payloads)
    {
        // Every payload is an Envelope again; an empty one is an Envelope without a body.
        const Result<cohort::wire::Envelope> envelope = parseEnvelope(viewOf(payload));
        QVERIFY2(envelope.ok(), envelope.ok() ? "" : envelope.error().message.c_str());
        QCOMPARE(toBytes(serialize(envelope.value())), payload);
        QCOMPARE(envelope->body_case() == cohort::wire::Envelope::BODY_NOT_SET, payload.isEmpty());
    }
}

void FrameCodecTest::rejectsBadHeaders_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<uint>("maxFrameBytes");
    QTest::addColumn<int>("goodFramesFirst");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("message");

    const QByteArray payloadBytes(100, 'x');
    QTest::newRow("bad magic") << header("GET ", 1, 1, 0) + payloadBytes << kMaxFrameBytes << 0
                               << int(FrameFault::BadMagic)
                               << "frame does not start with \"CHRT\" (got 0x47 0x45 0x54 0x20)";
    QTest::newRow("wrong version") << header("CHRT", 2, 1, 4) + "abcd" << kMaxFrameBytes << 0
                                   << int(FrameFault::UnsupportedVersion)
                                   << "frame uses protocol version 2; this node speaks version 1";
    QTest::newRow("unknown type") << header("CHRT", 1, 9, 4) + "abcd" << kMaxFrameBytes << 0
                                  << int(FrameFault::UnknownType)
                                  << "frame type 9 is unknown (this node knows type 1, Envelope)";
    QTest::newRow("oversized length, header only")
        << header("CHRT", 1, 1, 300000000) << kMaxFrameBytes << 0 << int(FrameFault::Oversized)
        << "frame of 300000000 bytes exceeds the 268435456-byte limit";
    QTest::newRow("oversized against a per-decoder limit, payload following")
        << header("CHRT", 1, 1, 1025) + payloadBytes << 1024u << 0 << int(FrameFault::Oversized)
        << "frame of 1025 bytes exceeds the 1024-byte limit";
    QTest::newRow("largest frame the limit allows, then one byte more")
        << envelopeFrame(QByteArray(1024, 'y')) + header("CHRT", 1, 1, 1025) << 1024u << 1
        << int(FrameFault::Oversized) << "frame of 1025 bytes exceeds the 1024-byte limit";
    QTest::newRow("bad magic after a good frame")
        << envelopeFrame(helloPayload()) + header("CHRX", 1, 1, 0) << kMaxFrameBytes << 1
        << int(FrameFault::BadMagic)
        << "frame does not start with \"CHRT\" (got 0x43 0x48 0x52 0x58)";
}

void FrameCodecTest::rejectsBadHeaders()
{
    QFETCH(QByteArray, stream);
    QFETCH(uint, maxFrameBytes);
    QFETCH(int, goodFramesFirst);
    QFETCH(int, fault);
    QFETCH(QString, message);

    for (const bool byteByByte : {false, true})
    {
        FrameDecoder decoder(maxFrameBytes);
        feed(decoder, stream, byteByByte);
        // The header alone condemns the frame: none of the payload behind it is kept.
        QVERIFY(decoder.hasFailed());
        QCOMPARE(decoder.bufferedBytes(), std::size_t{0});
        QCOMPARE(int(decoder.fault()), fault);

        const Drained drained = drain(decoder);
        QCOMPARE(drained.payloads.size(), goodFramesFirst);
        QVERIFY(drained.error);
        QCOMPARE(drained.error->code, ErrorCode::InvalidInput);
        QCOMPARE(QString::fromStdString(drained.error->message), message);

        // A failed decoder stays failed, even when fed a perfectly good frame.
        feed(decoder, envelopeFrame(helloPayload()), false);
        const Result<std::optional<Frame>> after = decoder.next();
        QVERIFY(!after.ok());
        QCOMPARE(QString::fromStdString(after.error().message), message);
    }
}

void FrameCodecTest::waitsForTruncatedInput_data()
{
    QTest::addColumn<int>("cut");

    const int frameSize = envelopeFrame(fitResultPayload(16)).size();
    QTest::newRow("nothing yet") << 0;
    QTest::newRow("truncated header") << 7;
    QTest::newRow("header only") << int(kFrameHeaderBytes);
    QTest::newRow("truncated payload") << int(kFrameHeaderBytes) + 20;
    QTest::newRow("one byte short") << frameSize - 1;
}

void FrameCodecTest::waitsForTruncatedInput()
{
    QFETCH(int, cut);

    const QByteArray frame = envelopeFrame(fitResultPayload(16));
    FrameDecoder decoder;
    feed(decoder, frame.left(cut), false);
    for (int call = 0; call < 2; ++call)
    {
        const Result<std::optional<Frame>> pending = decoder.next();
        QVERIFY(pending.ok());
        QVERIFY(!pending.value().has_value());
    }
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(decoder.bufferedBytes(), std::size_t(cut));

    feed(decoder, frame.mid(cut), false);
    const Drained drained = drain(decoder);
    QVERIFY(!drained.error);
    QCOMPARE(drained.payloads, QByteArrayList{fitResultPayload(16)});
}

void FrameCodecTest::rejectsMalformedPayload_data()
{
    QTest::addColumn<QByteArray>("payload");

    // Field 1 (run_id) announces 5 bytes and brings 2.
    QTest::newRow("length-delimited field cut short") << QByteArray("\x0a\x05"
                                                                    "ab",
                                                                    4);
    QTest::newRow("varint that never ends") << QByteArray("\x10\xff\xff\xff", 4);
    QTest::newRow("wire type 7 does not exist") << QByteArray("\x0f\x01", 2);
    QTest::newRow("field number 0") << QByteArray("\x00\x01", 2);
    QTest::newRow("body message cut short") << helloPayload().left(helloPayload().size() - 3);
}

void FrameCodecTest::rejectsMalformedPayload()
{
    QFETCH(QByteArray, payload);

    // The frame itself is fine; the payload inside it is not an Envelope.
    FrameDecoder decoder;
    feed(decoder, envelopeFrame(payload), false);
    const Drained drained = drain(decoder);
    QVERIFY(!drained.error);
    QCOMPARE(drained.payloads.size(), 1);

    const Result<cohort::wire::Envelope> envelope = parseEnvelope(viewOf(drained.payloads.at(0)));
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().code, ErrorCode::InvalidInput);
    QVERIFY2(envelope.error().message.starts_with("malformed message"),
             envelope.error().message.c_str());
}

void FrameCodecTest::refusesEnvelopeAboveLimit()
{
    cohort::wire::Envelope envelope = envelopeHeader(9);
    *envelope.mutable_global_model()->mutable_model() = toTensor(std::vector<float>(1000, 1.0f));
    const std::size_t size = serialize(envelope).size();

    const Result<std::vector<std::uint8_t>> refused = encodeEnvelopeFrame(envelope, 1024);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             "message of " + std::to_string(size) + " bytes exceeds the 1024-byte frame limit");

    const Result<std::vector<std::uint8_t>> framed =
        encodeEnvelopeFrame(envelope, static_cast<std::uint32_t>(size));
    QVERIFY(framed.ok());
    QCOMPARE(framed.value().size(), kFrameHeaderBytes + size);
}

void FrameCodecTest::tensorRoundTrip_data()
{
    QTest::addColumn<std::vector<float>>("values");

    const float nanWithPayload = std::bit_cast<float>(std::uint32_t{0x7fc01234});
    QTest::newRow("empty") << std::vector<float>{};
    QTest::newRow("one value") << std::vector<float>{1.0f};
    QTest::newRow("ordinary weights") << std::vector<float>{0.1f, -2.5f, 3.14159f, 1e-3f, 42.0f};
    QTest::newRow("special values") << std::vector<float>{-0.0f,
                                                          std::numeric_limits<float>::infinity(),
                                                          -std::numeric_limits<float>::infinity(),
                                                          nanWithPayload,
                                                          std::numeric_limits<float>::denorm_min(),
                                                          std::numeric_limits<float>::max(),
                                                          std::numeric_limits<float>::lowest()};
}

void FrameCodecTest::tensorRoundTrip()
{
    QFETCH(std::vector<float>, values);

    // The whole path: tensor, Envelope, frame, decoder, Envelope, tensor.
    cohort::wire::Envelope envelope = envelopeHeader(4);
    cohort::wire::FitRequest &request = *envelope.mutable_fit_request();
    request.set_round(3);
    *request.mutable_global_model() = toTensor(values);
    const Result<std::vector<std::uint8_t>> frame = encodeEnvelopeFrame(envelope);
    QVERIFY(frame.ok());
    FrameDecoder decoder;
    decoder.feed(frame.value().data(), frame.value().size());
    const Drained drained = drain(decoder);
    QCOMPARE(drained.payloads.size(), 1);
    const Result<cohort::wire::Envelope> received = parseEnvelope(viewOf(drained.payloads.at(0)));
    QVERIFY(received.ok());
    QCOMPARE(received->body_case(), cohort::wire::Envelope::kFitRequest);

    const cohort::wire::Tensor &tensor = received->fit_request().global_model();
    QCOMPARE(tensor.shape_size(), 1);
    QCOMPARE(tensor.shape(0), std::int64_t(values.size()));
    const Result<std::vector<float>> decoded = fromTensor(tensor);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
    QCOMPARE(decoded.value().size(), values.size());
    QVERIFY(values.empty()
            || std::memcmp(decoded.value().data(), values.data(), values.size() * 4) == 0);

    // Little-endian on the wire whatever the host: the first value's low byte comes first.
    if (!values.empty())
    {
        const auto bits = std::bit_cast<std::uint32_t>(values.front());
        for (int b = 0; b < 4; ++b)
            QCOMPARE(std::uint8_t(tensor.data()[static_cast<std::size_t>(b)]),
                     std::uint8_t(bits >> (8 * b)));
    }
}

void FrameCodecTest::rejectsInvalidTensors_data()
{
    QTest::addColumn<QByteArray>("serializedTensor");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const cohort::wire::Tensor &tensor, const char *message)
    { QTest::newRow(name) << toBytes(tensor.SerializeAsString()) << QString(message); };
    const int float32 = cohort::wire::Tensor::FLOAT32;
    row("shape larger than the bytes", tensorOf(float32, {3}, 8),
        "tensor shape holds 3 float32 values but carries 8 bytes");
    row("shape smaller than the bytes", tensorOf(float32, {2, 2}, 20),
        "tensor shape holds 4 float32 values but carries 20 bytes");
    row("bytes not a whole float", tensorOf(float32, {1}, 5),
        "tensor shape holds 1 float32 values but carries 5 bytes");
    row("no shape but several values", tensorOf(float32, {}, 8),
        "tensor shape holds 1 float32 values but carries 8 bytes");
    row("negative dimension", tensorOf(float32, {4, -1}, 16),
        "tensor dimension 1 is negative (-1)");
    row("overflowing shape", tensorOf(float32, {std::int64_t{1} << 40, std::int64_t{1} << 40}, 0),
        "tensor shape describes too many elements");
    row("dtype not set", tensorOf(cohort::wire::Tensor::DTYPE_UNSPECIFIED, {2}, 8),
        "tensor dtype DTYPE_UNSPECIFIED (0) is not supported; expected FLOAT32");
    // A dtype from a newer peer: field 2 = 9, which this build has no name for.
    QTest::newRow("dtype this build does not know")
        << QByteArray("\x10\x09", 2) << "tensor dtype 9 is not supported; expected FLOAT32";
}

void FrameCodecTest::rejectsInvalidTensors()
{
    QFETCH(QByteArray, serializedTensor);
    QFETCH(QString, message);

    cohort::wire::Tensor tensor;
    QVERIFY(tensor.ParseFromArray(serializedTensor.constData(), int(serializedTensor.size())));
    const Result<std::vector<float>> values = fromTensor(tensor);
    QVERIFY(!values.ok());
    QCOMPARE(values.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(values.error().message), message);
}

QTEST_APPLESS_MAIN(FrameCodecTest)

#include "frame_codec_test.moc"

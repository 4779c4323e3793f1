#include "data/csv_reader.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

#include <csv.h>

#include "data/cell_parsing.h"
#include "data/mapped_file.h"
#include "data/text_encoding.h"

namespace cohort::engine
{

namespace
{

constexpr int kMaxReportedRaggedRows = 20;
// The bytes the header and the delimiter are first judged on, before the whole file is read.
constexpr std::size_t kHeaderSample = std::size_t{1} << 20;

// libcsv trims spaces and tabs by default; with a tab delimiter only spaces may be trimmed.
int isSpaceOnly(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

// Collects libcsv's callbacks into the table, checking each record's width.
struct ParseState
{
    RawTable *table = nullptr;
    ValidationReport *report = nullptr;
    bool expectHeader = true;
    std::vector<std::string> header;
    std::size_t field = 0;
    long record = 0; // records seen so far, 1-based once the first one starts
    long raggedRows = 0;

    void onField(const char *data, std::size_t length)
    {
        const std::string_view cell(data == nullptr ? "" : data, data == nullptr ? 0 : length);
        if (expectHeader)
            header.emplace_back(trimmed(cell));
        else if (field < table->columns.size())
            table->columns[field].append(cell);
        ++field;
    }

    void onRecordEnd()
    {
        ++record;
        if (expectHeader)
        {
            expectHeader = false;
            field = 0;
            return;
        }
        const std::size_t width = table->columns.size();
        if (field != width)
        {
            ++raggedRows;
            if (raggedRows <= kMaxReportedRaggedRows)
            {
                report->addError(IssueSentence::RaggedRow, record, {},
                                 {std::to_string(field), std::to_string(width)});
            }
            for (std::size_t k = field; k < width; ++k)
                table->columns[k].append({});
        }
        field = 0;
    }
};

void onFieldCallback(void *data, std::size_t length, void *state)
{
    static_cast<ParseState *>(state)->onField(static_cast<const char *>(data), length);
}

void onRecordCallback(int, void *state)
{
    static_cast<ParseState *>(state)->onRecordEnd();
}

std::string describeByte(unsigned char byte)
{
    char buffer[8];
    std::snprintf(buffer, sizeof(buffer), "0x%02X", byte);
    return buffer;
}

// Checks the header names: the first row must not look like data, names must be unique.
void checkHeader(RawTable &table, const std::vector<std::string> &header, ValidationReport &report)
{
    const bool decimalComma = table.delimiter == ';';
    const auto numeric = std::count_if(header.begin(), header.end(),
                                       [&](const std::string &n)
                                       { return parseNumber(n, decimalComma).has_value(); });
    if (numeric > 0 && numeric * 2 >= static_cast<long>(header.size()))
    {
        std::string sample;
        for (std::size_t i = 0; i < std::min<std::size_t>(header.size(), 4); ++i)
            sample += (i ? ", " : "") + header[i];
        report.addError(IssueSentence::HeaderLooksLikeData, 1, {}, {sample});
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < header.size(); ++i)
    {
        std::string name = header[i];
        if (name.empty())
        {
            name = "column_" + std::to_string(i + 1);
            report.addWarning(IssueSentence::EmptyColumnName, 1, name,
                              {std::to_string(i + 1), name});
        }
        if (!seen.insert(name).second)
        {
            report.addError(IssueSentence::DuplicateColumn, 1, name, {name});
        }
        table.names.push_back(name);
    }
}

// The error of a file whose report holds errors.
Error refusedFile(const ValidationReport &report, const std::string &displayName)
{
    Error error = makeError(ErrorCode::InvalidInput,
                            std::to_string(report.errorCount()) + " problem(s) in the file",
                            "see the validation report");
    error.file = displayName;
    return error;
}

// The error for a file whose header has fewer than two columns.
void reportTooFewColumns(ValidationReport &report, std::size_t columns)
{
    report.addError(IssueSentence::TooFewColumns, 1, {}, {std::to_string(columns)});
}

// The width of the header line read from the raw bytes, before anything else of the file is
// decoded or parsed; 0 when a quote or a blank first line leaves it to the full parse.
std::size_t rawHeaderWidth(std::string_view bytes, const CsvOptions &options)
{
    if (!options.columns.empty())
        return options.columns.size();
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    const std::string_view line = bytes.substr(0, bytes.find_first_of("\r\n"));
    if (line.find('"') != std::string_view::npos
        || line.find_first_not_of(" \t") == std::string_view::npos)
        return 0;
    // Delimiters are ASCII, so the raw bytes split like the decoded text.
    const char delimiter = options.delimiter != 0 ? options.delimiter
                                                  : detectDelimiter(bytes.substr(0, kHeaderSample));
    return static_cast<std::size_t>(std::count(line.begin(), line.end(), delimiter)) + 1;
}

// One column per name, each with room for every line of `text` and its share of the bytes.
void createColumns(RawTable &table, std::string_view text)
{
    auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (lines == 0) // a file with old Mac line endings (CR only)
        lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\r'));
    table.columns.resize(table.names.size());
    const std::size_t share = text.size() / std::max<std::size_t>(1, table.names.size());
    for (TextColumn &column : table.columns)
        column.reserve(lines + 1, share);
}

Result<RawTable> parseCsv(std::string_view bytes, const std::string &displayName,
                          const CsvOptions &options, ValidationReport &report);

} // namespace

char detectDelimiter(std::string_view text)
{
    // Count each candidate per line over the first lines, outside quotes.
    const std::string candidates = ",;\t";
    std::vector<std::vector<int>> counts(candidates.size());
    std::size_t pos = 0;
    for (int line = 0; line < 20 && pos < text.size(); ++line)
    {
        std::vector<int> perLine(candidates.size(), 0);
        bool quoted = false;
        for (; pos < text.size() && (quoted || (text[pos] != '\n' && text[pos] != '\r')); ++pos)
        {
            if (text[pos] == '"')
                quoted = !quoted;
            else if (!quoted)
            {
                const auto k = candidates.find(text[pos]);
                if (k != std::string::npos)
                    ++perLine[k];
            }
        }
        // CR LF, LF and CR (old Mac files) all end a line.
        pos += text.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k].push_back(perLine[k]);
    }
    char best = ',';
    double bestScore = 0.0;
    for (std::size_t k = 0; k < candidates.size(); ++k)
    {
        const auto &c = counts[k];
        if (c.empty() || c[0] == 0)
            continue;
        // Lines that agree with the first line's count, weighted by how many fields they give.
        const auto agreeing = std::count(c.begin(), c.end(), c[0]);
        const double score =
            static_cast<double>(agreeing) / static_cast<double>(c.size()) * 1000.0 + c[0];
        if (score > bestScore)
        {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

Result<RawTable> readCsv(const std::string &path, const CsvOptions &options,
                         ValidationReport &report)
{
    // The header alone may refuse the file: read its first bytes before mapping all of it.
    std::ifstream head(path, std::ios::binary);
    std::string prefix(kHeaderSample, '\0');
    head.read(prefix.data(), static_cast<std::streamsize>(prefix.size()));
    prefix.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, head.gcount())));
    if (rawHeaderWidth(prefix, options) == 1)
    {
        report.setFile(path);
        reportTooFewColumns(report, 1);
        return refusedFile(report, path);
    }
    Result<MappedFile> file = MappedFile::open(path);
    if (!file)
        return file.error();
    return parseCsv(file->bytes(), path, options, report);
}

Result<RawTable> readCsvText(std::string bytes, const std::string &displayName,
                             const CsvOptions &options, ValidationReport &report)
{
    return parseCsv(bytes, displayName, options, report);
}

namespace
{

Result<RawTable> parseCsv(std::string_view bytes, const std::string &displayName,
                          const CsvOptions &options, ValidationReport &report)
{
    report.setFile(displayName);
    RawTable table;
    table.file = displayName;
    const auto fail = [&]() -> Result<RawTable> { return refusedFile(report, displayName); };

    if (bytes.size() >= TextColumn::kMaxFileBytes)
    {
        report.addError(IssueSentence::FileTooLarge, -1, {});
        return fail();
    }
    // A file of fewer than two columns cannot hold features and a target: refuse it from its
    // header, before the rest of the file is decoded or a single row is read.
    if (rawHeaderWidth(bytes, options) == 1)
    {
        reportTooFewColumns(report, 1);
        return fail();
    }
    const DecodedText decoded = decodeText(bytes);
    if (decoded.outcome == DecodedText::Outcome::Undecodable)
    {
        report.addError(IssueSentence::UndecodableBytes, decoded.badLine, {},
                        {describeByte(decoded.badByte), std::to_string(decoded.badOffset)});
        return fail();
    }
    if (decoded.outcome == DecodedText::Outcome::Latin1)
    {
        table.encoding = "Latin-1";
        report.addWarning(IssueSentence::Latin1Encoding, decoded.badLine, {});
    }
    else if (decoded.outcome == DecodedText::Outcome::Utf8WithBom)
    {
        table.encoding = "UTF-8 with BOM";
    }
    const std::string_view text = decoded.text();
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    {
        report.addError(IssueSentence::EmptyFile, -1, {});
        return fail();
    }

    table.delimiter = options.delimiter != 0 ? options.delimiter : detectDelimiter(text);
    ParseState state;
    state.table = &table;
    state.report = &report;
    if (!options.columns.empty())
    {
        state.expectHeader = false;
        table.firstDataRow = 1;
        table.names = options.columns;
    }

    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return makeError(ErrorCode::Internal, "cannot initialise the CSV parser");
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    if (table.delimiter == '\t')
        csv_set_space_func(&parser, isSpaceOnly);
    // The header arrives first, line by line (a line ends at LF, CR LF or a lone CR); the
    // columns are created once its width is known.
    std::size_t offset = 0;
    if (state.expectHeader)
    {
        while (state.expectHeader && offset < text.size())
        {
            const std::size_t newline = text.find_first_of("\r\n", offset);
            const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
            offset += csv_parse(&parser, text.data() + offset, end - offset, onFieldCallback,
                                onRecordCallback, &state);
        }
        if (state.expectHeader)
            csv_fini(&parser, onFieldCallback, onRecordCallback, &state);
        checkHeader(table, state.header, report);
    }
    // The parsed header decides when the raw one could not (quotes, blank first lines).
    if (table.names.size() < 2)
    {
        csv_free(&parser);
        reportTooFewColumns(report, table.names.size());
        return fail();
    }
    table.contentHash = contentHash(bytes);
    createColumns(table, text);
    const std::size_t parsed = csv_parse(&parser, text.data() + offset, text.size() - offset,
                                         onFieldCallback, onRecordCallback, &state);
    csv_fini(&parser, onFieldCallback, onRecordCallback, &state);
    const int parseError = csv_error(&parser);
    csv_free(&parser);
    if (parsed != text.size() - offset)
    {
        report.addError(IssueSentence::ParseError, state.record + 1, {},
                        {csv_strerror(parseError)});
    }
    if (state.raggedRows > kMaxReportedRaggedRows)
    {
        report.addError(IssueSentence::RaggedRowsMore, -1, {},
                        {std::to_string(state.raggedRows - kMaxReportedRaggedRows)});
    }
    if (table.rowCount() == 0)
    {
        report.addError(IssueSentence::NoRows, -1, {});
    }
    if (report.hasErrors() && !(options.keepTableWithErrors && table.rowCount() > 0))
        return fail();
    return table;
}

} // namespace

} // namespace cohort::engine

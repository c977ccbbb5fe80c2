// Writing query results: an aligned table for people, JSON, JSON Lines, CSV
// and TSV for programs. Only results go to stdout; messages go to stderr.
//
// Formats (--format):
// - table: columns aligned with two spaces, numbers right-aligned, a header
//   line; the default when stdout is a terminal.
// - tsv: a header line, then one line per row, fields separated by tabs; a
//   tab, newline, carriage return or backslash inside a field is written as
//   \t, \n, \r, \\. The default when stdout is not a terminal.
// - csv: RFC 4180 quoting (a field with a comma, double quote, CR or LF is
//   quoted, quotes doubled), a header line, lines ended by LF.
// - json: one JSON array of objects (pretty-printed), one object per row with
//   the column names as keys; numbers are JSON numbers, empty cells null.
// - jsonl: JSON Lines: one compact object per row, no enclosing array.
// --no-header drops the header line of table, tsv and csv.
#pragma once

#include <cstdint>
#include <cxxopts.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/status.h"

namespace geokg::cli {

// JSON objects keep their fields in the documented order.
using Json = nlohmann::ordered_json;

enum class Format { kTable, kTsv, kCsv, kJson, kJsonl };

struct OutputOptions {
  Format format = Format::kTsv;
  bool header = true;
};

// Adds --format and --no-header.
void AddOutputOptions(cxxopts::Options& options);
// Reads them back; without --format: table when stdout is a terminal, else
// tsv. InvalidArgument for an unknown format.
Status ParseOutputOptions(const cxxopts::ParseResult& result, OutputOptions* output);

// One cell: empty (null in JSON), text, an integer or a real number.
using Cell = std::variant<std::monostate, std::string, int64_t, uint64_t, double>;

// Text of a cell as table, csv and tsv print it: integers in decimal, reals
// with up to 6 significant digits (integral values without a fraction),
// null as the empty string.
std::string CellText(const Cell& cell);
Json CellJson(const Cell& cell);

// A result table: named columns, then rows of as many cells.
class Table {
 public:
  explicit Table(std::vector<std::string> columns) : columns_(std::move(columns)) {}
  void AddRow(std::vector<Cell> row) {
    rows_.push_back(std::move(row));
    notes_.emplace_back();
  }
  // A line shown under the last row in the table format only (indented, not
  // aligned): evidence sentences and the like.
  void AddNote(std::string line) { notes_.back().push_back(std::move(line)); }
  // Columns the table format leaves out (other formats keep every column).
  void HideInTable(std::vector<std::string> columns) { hidden_ = std::move(columns); }
  size_t size() const { return rows_.size(); }
  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<std::vector<Cell>>& rows() const { return rows_; }

  // Writes the table in `output.format`.
  void Write(std::ostream& out, const OutputOptions& output) const;
  // The rows as a JSON array of objects.
  Json ToJson() const;

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<std::vector<std::string>> notes_;
  std::vector<std::string> hidden_;
};

// Writes a JSON value as json (pretty) or jsonl (an array one element per
// line, anything else on one line).
void WriteJson(std::ostream& out, const Json& value, Format format);

// Field escaping of the delimited formats.
std::string CsvField(const std::string& text);
std::string TsvField(const std::string& text);

// `text` safe to show on a terminal: control characters (C0 and DEL, and C1
// U+0080..U+009F, which terminals read as escape sequences) and bytes of
// invalid UTF-8 as \xHH, tab, newline and CR as \t, \n, \r; all else as is.
// The table format (cells and notes) and other human-readable output use it;
// data formats keep their exact text (JSON escapes controls itself).
std::string TerminalText(std::string_view text);

// Display width of UTF-8 text in a terminal, counting code points.
size_t DisplayWidth(const std::string& text);

}  // namespace geokg::cli

#include "cli/output.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "graph/id_escape.h"

namespace geokg::cli {

void AddOutputOptions(cxxopts::Options& options) {
  options.add_options("Output")
      ("format", "table, tsv, csv, json or jsonl (default: table on a terminal, else tsv)",
       cxxopts::value<std::string>())
      ("no-header", "no header line in table, tsv and csv");
}

Status ParseOutputOptions(const cxxopts::ParseResult& result, OutputOptions* output) {
  *output = OutputOptions();
  output->header = result.count("no-header") == 0;
  if (!result.count("format")) {
    output->format = ::isatty(STDOUT_FILENO) ? Format::kTable : Format::kTsv;
    return Status::OK();
  }
  const std::string name = result["format"].as<std::string>();
  if (name == "table") output->format = Format::kTable;
  else if (name == "tsv") output->format = Format::kTsv;
  else if (name == "csv") output->format = Format::kCsv;
  else if (name == "json") output->format = Format::kJson;
  else if (name == "jsonl") output->format = Format::kJsonl;
  else return Status::InvalidArgument("--format takes table, tsv, csv, json or jsonl, not '" + name + "'");
  return Status::OK();
}

std::string CellText(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(int64_t v) const { return std::to_string(v); }
    std::string operator()(uint64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const {
      if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
        return std::to_string(static_cast<int64_t>(v));
      }
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.6g", v);
      return buffer;
    }
  };
  return std::visit(Visitor{}, cell);
}

Json CellJson(const Cell& cell) {
  struct Visitor {
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(const std::string& s) const { return s; }
    Json operator()(int64_t v) const { return v; }
    Json operator()(uint64_t v) const { return v; }
    Json operator()(double v) const { return v; }
  };
  return std::visit(Visitor{}, cell);
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string TsvField(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

std::string TerminalText(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  auto hex = [&](unsigned char b) {
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  };
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    size_t length = Utf8SequenceAt(text, i, &cp);
    if (length == 0) {
      hex(static_cast<unsigned char>(text[i]));
      i += 1;
      continue;
    }
    if (cp == '\t') out += "\\t";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 || cp == 0x7F) hex(static_cast<unsigned char>(cp));
    else if (cp >= 0x80 && cp < 0xA0) for (size_t k = 0; k < length; ++k) hex(static_cast<unsigned char>(text[i + k]));
    else out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++width;
  }
  return width;
}

Json Table::ToJson() const {
  Json array = Json::array();
  for (const auto& row : rows_) {
    Json object = Json::object();
    for (size_t i = 0; i < columns_.size(); ++i) {
      object[columns_[i]] = i < row.size() ? CellJson(row[i]) : Json(nullptr);
    }
    array.push_back(std::move(object));
  }
  return array;
}

void WriteJson(std::ostream& out, const Json& value, Format format) {
  constexpr auto kReplace = Json::error_handler_t::replace;
  if (format == Format::kJsonl) {
    if (value.is_array()) {
      for (const auto& element : value) out << element.dump(-1, ' ', false, kReplace) << '\n';
    } else {
      out << value.dump(-1, ' ', false, kReplace) << '\n';
    }
    return;
  }
  out << value.dump(2, ' ', false, kReplace) << '\n';
}

void Table::Write(std::ostream& out, const OutputOptions& output) const {
  auto text = [&](const std::vector<Cell>& row, size_t i) {
    return i < row.size() ? CellText(row[i]) : std::string();
  };
  switch (output.format) {
    case Format::kJson:
    case Format::kJsonl:
      WriteJson(out, ToJson(), output.format);
      return;
    case Format::kTsv:
    case Format::kCsv: {
      const bool csv = output.format == Format::kCsv;
      auto field = [&](const std::string& s) { return csv ? CsvField(s) : TsvField(s); };
      const char separator = csv ? ',' : '\t';
      if (output.header) {
        for (size_t i = 0; i < columns_.size(); ++i) {
          if (i) out << separator;
          out << field(columns_[i]);
        }
        out << '\n';
      }
      for (const auto& row : rows_) {
        for (size_t i = 0; i < columns_.size(); ++i) {
          if (i) out << separator;
          out << field(text(row, i));
        }
        out << '\n';
      }
      return;
    }
    case Format::kTable: {
      std::vector<size_t> shown;
      for (size_t i = 0; i < columns_.size(); ++i) {
        if (std::find(hidden_.begin(), hidden_.end(), columns_[i]) == hidden_.end()) shown.push_back(i);
      }
      // Newlines and tabs would break the alignment: shown escaped as in tsv.
      std::vector<std::vector<std::string>> cells;
      std::vector<size_t> width(shown.size(), 0);
      std::vector<bool> numeric(shown.size(), true);
      if (output.header) {
        for (size_t k = 0; k < shown.size(); ++k) width[k] = DisplayWidth(columns_[shown[k]]);
      }
      for (const auto& row : rows_) {
        std::vector<std::string> line;
        for (size_t k = 0; k < shown.size(); ++k) {
          const size_t i = shown[k];
          line.push_back(TerminalText(TsvField(text(row, i))));
          width[k] = std::max(width[k], DisplayWidth(line.back()));
          if (i < row.size() && std::holds_alternative<std::string>(row[i])) numeric[k] = false;
        }
        cells.push_back(std::move(line));
      }
      auto write_line = [&](const std::vector<std::string>& line) {
        std::string s;
        for (size_t k = 0; k < line.size(); ++k) {
          const size_t pad = width[k] - DisplayWidth(line[k]);
          const bool last = k + 1 == line.size();
          if (numeric[k]) {
            s.append(pad, ' ');
            s += line[k];
          } else {
            s += line[k];
            if (!last) s.append(pad, ' ');
          }
          if (!last) s += "  ";
        }
        while (!s.empty() && s.back() == ' ') s.pop_back();
        out << s << '\n';
      };
      if (output.header) {
        std::vector<std::string> header;
        for (size_t i : shown) header.push_back(columns_[i]);
        write_line(header);
      }
      for (size_t r = 0; r < cells.size(); ++r) {
        write_line(cells[r]);
        for (const auto& note : notes_[r]) out << "    " << TerminalText(note) << '\n';
      }
      return;
    }
  }
}

}  // namespace geokg::cli

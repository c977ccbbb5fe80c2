// ReadArticles: inputs (files, directories, stdin) to articles. Each input is
// read through a ByteReader (blocks of a file descriptor), so memory stays
// bounded by max_article_bytes whatever the input size.
#include "extract/input/article_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>

#include "extract/input/dateline.h"
#include "extract/input/html_text.h"

namespace geokg {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

enum class Format { kText, kJsonl, kHtml };

constexpr size_t kSniffBytes = 8192;       // looked at to detect binary data and the format
constexpr size_t kBlockBytes = 64 * 1024;  // read() size
constexpr std::string_view kBom = "\xEF\xBB\xBF";

#define GEOKG_RETURN_IF_ERROR(expr)     \
  do {                                  \
    Status status_ = (expr);            \
    if (!status_.ok()) return status_;  \
  } while (false)

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Offset of the first byte of `text` that does not start a valid UTF-8
// sequence (as IsValidUtf8 judges it), or nullopt when `text` is valid.
std::optional<size_t> FirstInvalidUtf8(std::string_view text) {
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<size_t>(n);
  }
  return std::nullopt;
}

// True when `sample` (the start of an input) is not text: it holds a NUL
// byte, or more than 10% of it are control bytes other than whitespace.
bool LooksBinary(std::string_view sample) {
  if (sample.find('\0') != std::string_view::npos) return true;
  size_t control = 0;
  for (char ch : sample) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F) ++control;
  }
  return control * 10 > sample.size();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The format a file name's extension implies, or nullopt.
std::optional<Format> FormatFromExtension(const fs::path& path) {
  std::string ext = Lower(path.extension().string());
  if (ext == ".txt" || ext == ".text" || ext == ".md") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  return std::nullopt;
}

// The format of content starting with `sample`: '{' -> JSON Lines, '<' then
// an HTML tag -> HTML, anything else -> text.
Format SniffFormat(std::string_view sample) {
  if (sample.substr(0, kBom.size()) == kBom) sample.remove_prefix(kBom.size());
  size_t first = sample.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return Format::kText;
  if (sample[first] == '{') return Format::kJsonl;
  if (sample[first] != '<') return Format::kText;
  std::string lower = Lower(sample);
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article",
                               "<div", "<p>", "<p ", "<br", "<h1"}) {
    if (lower.find(tag) != std::string::npos) return Format::kHtml;
  }
  return Format::kText;
}

// Reads a file descriptor in blocks: peeks at the start, and hands out lines
// and whole contents, keeping at most a given number of bytes of each.
class ByteReader {
 public:
  ByteReader(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}

  // The first bytes of the input (up to n), not consumed. Only before other reads.
  Status Peek(size_t n, std::string_view* out) {
    while (!eof_ && buffer_.size() - pos_ < n) GEOKG_RETURN_IF_ERROR(Fill());
    *out = std::string_view(buffer_).substr(pos_, n);
    return Status::OK();
  }

  // The next line, without its '\n', in *line and its full length in *length;
  // when the line is longer than `max` bytes, *line is left empty (the line is
  // consumed all the same). *found is false at the end of the input.
  Status NextLine(uint64_t max, std::string* line, uint64_t* length, bool* found) {
    line->clear();
    *length = 0;
    *found = false;
    for (;;) {
      if (pos_ == buffer_.size()) {
        if (eof_) return Status::OK();
        GEOKG_RETURN_IF_ERROR(Fill());
        continue;
      }
      *found = true;
      std::string_view rest = std::string_view(buffer_).substr(pos_);
      size_t newline = rest.find('\n');
      size_t take = newline == std::string_view::npos ? rest.size() : newline;
      if (*length + take <= max) line->append(rest.data(), take);
      else line->clear();
      *length += take;
      Consume(take);
      if (newline != std::string_view::npos) {
        Consume(1);
        return Status::OK();
      }
    }
  }

  // The rest of the input in *out, unless it is longer than `max` bytes: then
  // *out is empty and *too_long true (the input is not read any further).
  Status ReadAll(uint64_t max, std::string* out, bool* too_long) {
    out->clear();
    *too_long = false;
    for (;;) {
      size_t available = buffer_.size() - pos_;
      if (out->size() + available > max) {
        out->clear();
        *too_long = true;
        return Status::OK();
      }
      out->append(buffer_, pos_, available);
      Consume(available);
      if (eof_) return Status::OK();
      GEOKG_RETURN_IF_ERROR(Fill());
    }
  }

  // Bytes consumed so far: the input offset of what comes next.
  uint64_t offset() const { return consumed_; }

 private:
  void Consume(size_t n) {
    pos_ += n;
    consumed_ += n;
  }

  // Appends one block to the buffer; sets eof_ at the end of the input.
  Status Fill() {
    if (pos_ == buffer_.size()) {
      buffer_.clear();
      pos_ = 0;
    } else if (pos_ >= kBlockBytes) {
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    size_t old_size = buffer_.size();
    buffer_.resize(old_size + kBlockBytes);
    ssize_t n;
    do {
      n = ::read(fd_, buffer_.data() + old_size, kBlockBytes);
    } while (n < 0 && errno == EINTR);
    int error = errno;
    buffer_.resize(old_size + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) return Status::IOError(name_ + ": " + ErrnoMessage(error));
    if (n == 0) eof_ = true;
    return Status::OK();
  }

  int fd_;
  std::string name_;
  std::string buffer_;  // buffer_[pos_..] is not consumed yet
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t consumed_ = 0;
};

// Closes a file descriptor on scope exit.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

// The visible entries of a directory (hidden ones, starting with '.', left
// out), sorted by name.
Status ListDirectory(const fs::path& dir, std::vector<fs::directory_entry>* entries) {
  entries->clear();
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().starts_with('.')) continue;
    entries->push_back(*it);
  }
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  std::sort(entries->begin(), entries->end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  return Status::OK();
}

// How a directory walk treats an entry.
enum class EntryKind { kDirectory, kFile, kDirectoryLink, kOther };

EntryKind KindOf(const fs::directory_entry& entry) {
  std::error_code ec;
  fs::file_status status = entry.status(ec);
  if (fs::is_directory(status)) {
    return entry.is_symlink(ec) ? EntryKind::kDirectoryLink : EntryKind::kDirectory;
  }
  return fs::is_regular_file(status) ? EntryKind::kFile : EntryKind::kOther;
}

// "hash-" and the 64-bit FNV-1a hash of `text` in hex: the id of an article
// that has no URL, no path and no given id.
std::string HashId(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "hash-%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

// Where an input's articles get their ids and their Article::file.
struct InputName {
  std::string id;    // the path-based id ("a/story"), or --id for stdin; may be empty on stdin
  bool given = false;  // `id` was given by the user (--id): it wins over URLs
  std::string file;  // absolute path, or "<stdin>"
};

std::string StringField(const json& record, const std::string& name) {
  auto it = record.find(name);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The article of one JSON Lines record, or InvalidArgument saying what is
// wrong. Its id is the record's id field, else its URL, else `default_id`,
// else the hash id of its text.
Status ParseRecord(std::string_view line, const ReaderOptions& options, const std::string& default_id,
                   Article* article) {
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at ..."
    size_t bracket = what.find("] ");
    if (what.starts_with("[json.exception.") && bracket != std::string::npos) what.erase(0, bracket + 2);
    return Status::InvalidArgument("invalid JSON (" + what + ")");
  }
  if (!record.is_object()) return Status::InvalidArgument("invalid JSON (a record must be an object)");
  auto text = record.find(options.text_field);
  if (text == record.end() || !text->is_string()) {
    return Status::InvalidArgument("no \"" + options.text_field + "\" string field");
  }
  article->text = text->get<std::string>();
  auto id = record.find(options.id_field);
  if (id != record.end() && id->is_string()) article->id = id->get<std::string>();
  else if (id != record.end() && id->is_number_integer()) article->id = id->dump();
  article->title = StringField(record, options.title_field);
  article->date = ParseDate(StringField(record, options.date_field));  // unparseable dates are dropped
  article->url = StringField(record, options.url_field);
  article->source = StringField(record, options.source_field);
  if (article->id.empty()) article->id = article->url;
  if (article->id.empty()) article->id = default_id.empty() ? HashId(article->text) : default_id;
  return Status::OK();
}

// One ReadArticles call.
class Reader {
 public:
  Reader(const ReaderOptions& options, std::optional<Format> format, const ArticleSink& sink,
         const SkipHandler& on_skip)
      : options_(options), format_(format), sink_(sink), on_skip_(on_skip) {}

  Status ReadInput(const std::string& input) {
    if (input == "-") {
      ByteReader in(STDIN_FILENO, "<stdin>");
      InputName name{options_.stdin_id, !options_.stdin_id.empty(), "<stdin>"};
      return ReadStream(in, "<stdin>", name, std::nullopt, std::nullopt);
    }
    std::error_code ec;
    if (fs::is_directory(fs::status(input, ec))) {
      root_ = fs::path(input);
      Status s = ReadDirectory(input, /*listed=*/true);
      root_.clear();
      return s;
    }
    return ReadFile(input, /*listed=*/true);
  }

 private:
  void Skip(const std::string& origin, std::string message) {
    if (on_skip_) on_skip_(origin, Status::InvalidArgument(std::move(message)));
  }

  // A file or directory that cannot be opened fails the read when it was
  // listed in the inputs, and is skipped when found in a directory.
  Status CannotOpen(const std::string& path, const std::string& why, bool listed) {
    if (listed) return Status::IOError(path + ": " + why);
    if (on_skip_) on_skip_(path, Status::IOError(why));
    return Status::OK();
  }

  // Reads the files of `dir` in name order, recursing into subdirectories
  // (not into symbolic links to directories: they could loop).
  Status ReadDirectory(const fs::path& dir, bool listed) {
    std::vector<fs::directory_entry> entries;
    if (Status s = ListDirectory(dir, &entries); !s.ok()) return CannotOpen(dir.string(), s.message(), listed);
    for (const fs::directory_entry& entry : entries) {
      std::string path = entry.path().string();
      switch (KindOf(entry)) {
        case EntryKind::kDirectory: GEOKG_RETURN_IF_ERROR(ReadDirectory(entry.path(), false)); break;
        case EntryKind::kFile: GEOKG_RETURN_IF_ERROR(ReadFile(path, false)); break;
        case EntryKind::kDirectoryLink: Skip(path, "symbolic link to a directory, not followed"); break;
        case EntryKind::kOther: Skip(path, "not a regular file"); break;
      }
    }
    return Status::OK();
  }

  Status ReadFile(const std::string& path, bool listed) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return CannotOpen(path, ErrnoMessage(errno), listed);
    FdCloser closer(fd);
    struct stat info {};
    std::optional<uint64_t> size;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) size = static_cast<uint64_t>(info.st_size);
    ByteReader in(fd, path);
    fs::path p(path);
    return ReadStream(in, path, NameOf(p), FormatFromExtension(p), size);
  }

  // The id and file of the file at `path`: its path relative to the folder
  // being read (root_), or its stem when it was named itself.
  InputName NameOf(const fs::path& path) const {
    fs::path relative = root_.empty() ? path.filename() : path.lexically_relative(root_);
    if (relative.empty()) relative = path.filename();
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    return {relative.replace_extension().generic_string(), false, ec ? path.string() : absolute.string()};
  }

  // Reads one input. `size` is known for regular files: one larger than the
  // limit is skipped without reading it.
  Status ReadStream(ByteReader& in, const std::string& origin, const InputName& name,
                    std::optional<Format> by_extension, std::optional<uint64_t> size) {
    std::string_view head;
    GEOKG_RETURN_IF_ERROR(in.Peek(kSniffBytes, &head));
    if (head.empty()) {
      Skip(origin, "empty article");
      return Status::OK();
    }
    if (LooksBinary(head)) {
      Skip(origin, "binary file");
      return Status::OK();
    }
    Format format = format_ ? *format_ : by_extension ? *by_extension : SniffFormat(head);
    if (format == Format::kJsonl) return ReadJsonLines(in, origin, name);
    if (size && *size > options_.max_article_bytes) {
      Skip(origin, "article of " + std::to_string(*size) + " bytes exceeds the limit of " +
                       std::to_string(options_.max_article_bytes) + " bytes");
      return Status::OK();
    }
    std::string content;
    bool too_long = false;
    GEOKG_RETURN_IF_ERROR(in.ReadAll(options_.max_article_bytes, &content, &too_long));
    if (too_long) {
      Skip(origin, "article exceeds the limit of " + std::to_string(options_.max_article_bytes) + " bytes");
      return Status::OK();
    }
    return EmitDocument(std::move(content), format, origin, name);
  }

  // A whole-file article: plain text or an HTML page.
  Status EmitDocument(std::string content, Format format, const std::string& origin, const InputName& name) {
    // A byte order mark is no text. HTML drops it; plain text keeps its
    // place as three spaces, so that evidence offsets are those of the file.
    size_t bom = content.starts_with(kBom) ? kBom.size() : 0;
    if (bom > 0 && format == Format::kHtml) content.erase(0, bom);
    else if (bom > 0) content.replace(0, bom, std::string(bom, ' '));
    const size_t shift = format == Format::kHtml ? bom : 0;
    if (content.find('\0') != std::string::npos) {
      Skip(origin, "binary file");
      return Status::OK();
    }
    if (std::optional<size_t> bad = FirstInvalidUtf8(content)) {
      Skip(origin, "invalid UTF-8 at byte offset " + std::to_string(*bad + shift));
      return Status::OK();
    }
    Article article;
    article.origin = origin;
    article.file = name.file;
    if (format == Format::kHtml) {
      HtmlArticle page;
      if (Status parsed = ExtractHtmlArticle(content, options_.html_limits, &page); !parsed.ok()) {
        if (on_skip_) on_skip_(origin, parsed);
        return Status::OK();
      }
      article.title = std::move(page.title);
      article.date = std::move(page.date);
      article.url = std::move(page.url);
      article.source = std::move(page.source);
      article.text = std::move(page.text);  // evidence offsets index this extracted text
    } else {
      article.text = std::move(content);
    }
    article.id = name.given || article.url.empty() ? name.id : article.url;
    if (article.id.empty()) article.id = HashId(article.text);
    return Emit(std::move(article));
  }

  Status ReadJsonLines(ByteReader& in, const std::string& path, const InputName& name) {
    std::string line;
    uint64_t line_number = 0;
    uint64_t records = 0;
    for (;;) {
      uint64_t start = in.offset();
      uint64_t length = 0;
      bool found = false;
      GEOKG_RETURN_IF_ERROR(in.NextLine(options_.max_article_bytes, &line, &length, &found));
      if (!found) break;
      ++line_number;
      std::string origin = path + ":" + std::to_string(line_number);
      std::string_view record = line;
      if (line_number == 1 && record.starts_with(kBom)) record.remove_prefix(kBom.size());
      if (record.ends_with('\r')) record.remove_suffix(1);
      if (length <= options_.max_article_bytes && IsBlank(record)) continue;  // blank lines are no records
      ++records;
      if (length > options_.max_article_bytes) {
        Skip(origin, "record of " + std::to_string(length) + " bytes exceeds the limit of " +
                         std::to_string(options_.max_article_bytes) + " bytes");
        continue;
      }
      if (std::optional<size_t> bad = FirstInvalidUtf8(record)) {
        size_t in_line = *bad + static_cast<size_t>(record.data() - line.data());
        Skip(origin, "invalid UTF-8 at byte " + std::to_string(in_line) + " of the line (byte offset " +
                         std::to_string(start + in_line) + " of the file)");
        continue;
      }
      Article article;
      std::string default_id = name.id.empty() ? "" : name.id + "-" + std::to_string(line_number);
      Status parsed = ParseRecord(record, options_, default_id, &article);
      if (!parsed.ok()) {
        if (on_skip_) on_skip_(origin, parsed);
        continue;
      }
      article.origin = origin;
      article.file = name.file;
      GEOKG_RETURN_IF_ERROR(Emit(std::move(article)));
    }
    if (records == 0) Skip(path, "empty article");
    return Status::OK();
  }

  // Hands a complete article to the sink, unless its text is empty; dates an
  // undated article from its text.
  Status Emit(Article&& article) {
    if (IsBlank(article.text)) {
      Skip(article.origin, "empty article");
      return Status::OK();
    }
    if (article.date.empty()) article.date = FindArticleDate(article.text);
    return sink_(std::move(article));
  }

  const ReaderOptions& options_;
  std::optional<Format> format_;  // forced by the options, or nullopt for auto
  fs::path root_;                 // the folder of `inputs` being read, or empty
  const ArticleSink& sink_;
  const SkipHandler& on_skip_;
};

// Sum of the sizes of the regular files under `dir`, walked as ReadDirectory does.
uint64_t DirectorySize(const fs::path& dir) {
  std::vector<fs::directory_entry> entries;
  if (!ListDirectory(dir, &entries).ok()) return 0;
  uint64_t total = 0;
  for (const fs::directory_entry& entry : entries) {
    std::error_code ec;
    switch (KindOf(entry)) {
      case EntryKind::kDirectory: total += DirectorySize(entry.path()); break;
      case EntryKind::kFile: {
        uintmax_t size = entry.file_size(ec);
        if (!ec) total += size;
        break;
      }
      default: break;
    }
  }
  return total;
}

}  // namespace

Status ReadArticles(const std::vector<std::string>& inputs, const ReaderOptions& options,
                    const ArticleSink& sink, const SkipHandler& on_skip) {
  std::optional<Format> format;
  if (options.format == "text") format = Format::kText;
  else if (options.format == "jsonl") format = Format::kJsonl;
  else if (options.format == "html") format = Format::kHtml;
  else if (options.format != "auto") {
    return Status::InvalidArgument("unknown input format \"" + options.format +
                                   "\" (expected auto, text, jsonl or html)");
  }
  // Every input must exist before any is read.
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (status.type() == fs::file_type::not_found) {
      return Status::NotFound(input + ": no such file or directory");
    }
    if (ec) return Status::IOError(input + ": " + ec.message());
  }
  Reader reader(options, format, sink, on_skip);
  for (const std::string& input : inputs) GEOKG_RETURN_IF_ERROR(reader.ReadInput(input));
  return Status::OK();
}

uint64_t InputSize(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (fs::is_directory(status)) {
      total += DirectorySize(input);
    } else if (fs::is_regular_file(status)) {
      uintmax_t size = fs::file_size(input, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

}  // namespace geokg

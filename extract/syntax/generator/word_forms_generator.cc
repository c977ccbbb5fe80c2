// Build-time generator of the open-class table behind syntax/word_forms.h.
//
//   word_forms_generator WORDNET_DIR OUTPUT.cc
//
// Reads WordNet's index.{noun,verb,adj,adv}, {noun,verb,adj,adv}.exc and
// cntlist.rev from WORDNET_DIR, expands every single-word lemma into its
// inflected forms and writes them as static arrays (word_form_table.h
// describes the layout). Exits 1 with a message naming the file on error.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/syntax/generator/inflection.h"
#include "extract/syntax/word_form_table.h"

namespace geokg::syntax::generator {
namespace {

struct ClassFiles {
  const char* name;  // file suffix: index.noun, noun.exc
  uint8_t bit;
};
constexpr ClassFiles kClasses[] = {{"noun", kNounBit}, {"verb", kVerbBit}, {"adj", kAdjectiveBit}, {"adv", kAdverbBit}};
constexpr int kClassCount = 4;

// British "-t" pasts that stand beside the regular "-ed" ("learnt" and
// "learned"): for these the exception list does not replace the regular form.
const std::set<std::string> kTPastDoublets = {"burn", "dream", "dwell", "kneel", "lean", "leap",
                                              "learn", "smell", "spell", "spill", "spoil"};

// The forms of "be" that no suffix rule can place: the only English verb
// with person forms besides the third person singular.
const std::map<std::string, Inflection> kBeForms = {{"am", Inflection::kPresent}, {"are", Inflection::kPresent},
                                                    {"is", Inflection::kThirdPerson}, {"was", Inflection::kPast},
                                                    {"were", Inflection::kPast},   {"been", Inflection::kParticiple}};

struct Reading {
  std::string lemma;
  uint16_t frequency;
  uint8_t open_class;
  Inflection inflection;
  // Most frequent first, then by class, inflection and lemma.
  bool operator<(const Reading& o) const {
    if (frequency != o.frequency) return frequency > o.frequency;
    return std::tie(open_class, inflection, lemma) < std::tie(o.open_class, o.inflection, o.lemma);
  }
  bool operator==(const Reading& o) const {
    return lemma == o.lemma && open_class == o.open_class && inflection == o.inflection;
  }
};

struct WordNet {
  std::map<std::string, int> senses[kClassCount];      // single-word lemma -> number of senses
  std::map<std::string, long> tag_counts[kClassCount];  // lemma -> SemCor tag count (cntlist.rev)
  std::map<std::string, std::vector<std::string>> exceptions[kClassCount];  // lemma -> irregular forms
};

[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "word_forms_generator: " << message << "\n";
  std::exit(1);
}

std::ifstream Open(const std::string& path) {
  std::ifstream in(path);
  if (!in) Fail("cannot open " + path + " (Debian package wordnet-base)");
  return in;
}

// index.POS: "lemma pos synset_cnt ..." after a licence header whose lines
// start with blanks.
void ReadIndex(const std::string& path, std::map<std::string, int>* senses) {
  std::ifstream in = Open(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string lemma, pos;
    int synsets = 0;
    if (!(fields >> lemma >> pos >> synsets)) Fail(path + ": malformed line: " + line);
    if (lemma.find('_') == std::string::npos) (*senses)[lemma] = synsets;
  }
}

// cntlist.rev: "lemma%ss_type:lex_filenum:lex_id:head:head_id sense tag_count";
// ss_type 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
void ReadCounts(const std::string& path, WordNet* wordnet) {
  std::ifstream in = Open(path);
  std::string key;
  long sense = 0, count = 0;
  while (in >> key >> sense >> count) {
    const size_t percent = key.find('%');
    if (percent == std::string::npos || percent + 1 >= key.size()) Fail(path + ": malformed sense key " + key);
    const int ss_type = key[percent + 1] - '0';
    const int cls = ss_type == 5 ? 2 : ss_type - 1;
    if (cls < 0 || cls >= kClassCount) Fail(path + ": bad synset type in " + key);
    wordnet->tag_counts[cls][key.substr(0, percent)] += count;
  }
  if (!in.eof()) Fail(path + ": malformed line after " + key);
}

// POS.exc: "form lemma [lemma...]". Only single-word forms of known lemmas.
void ReadExceptions(const std::string& path, int cls, WordNet* wordnet) {
  std::ifstream in = Open(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string form, lemma;
    if (!(fields >> form)) continue;
    if (form.find('_') != std::string::npos) continue;
    while (fields >> lemma) {
      if (lemma != form && wordnet->senses[cls].count(lemma)) wordnet->exceptions[cls][lemma].push_back(form);
    }
  }
}

uint16_t Frequency(const WordNet& wordnet, int cls, const std::string& lemma) {
  auto counted = wordnet.tag_counts[cls].find(lemma);
  long weight = counted != wordnet.tag_counts[cls].end() && counted->second > 0 ? counted->second
                                                                                 : wordnet.senses[cls].at(lemma);
  return static_cast<uint16_t>(std::min<long>(weight, 65535));
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

// A past participle by its shape: "-en", "-wn", "-rn", "-ne", "-ain"
// ("taken", "shown", "torn", "gone", "lain"), or the "u" of an a/u pair
// ("begun" beside "began").
bool ParticipleShaped(const std::string& form, const std::vector<std::string>& siblings) {
  for (std::string_view end : {"en", "wn", "rn", "ne", "ain"}) {
    if (EndsWith(form, end)) return true;
  }
  for (const std::string& other : siblings) {
    if (other.size() != form.size()) continue;
    int differences = 0;
    bool a_to_u = false;
    for (size_t i = 0; i < form.size(); ++i) {
      if (form[i] == other[i]) continue;
      ++differences;
      a_to_u = form[i] == 'u' && other[i] == 'a';
    }
    if (differences == 1 && a_to_u) return true;
  }
  return false;
}

using FormTable = std::map<std::string, std::vector<Reading>>;

// The forms of one verb: exception forms sorted into their slots, each
// slot without an exception filled by the regular rule.
void AddVerbForms(const std::string& lemma, const std::vector<std::string>& irregular, uint16_t frequency,
                  FormTable* forms) {
  auto add = [&](const std::string& form, Inflection inflection) {
    (*forms)[form].push_back(Reading{lemma, frequency, kVerbBit, inflection});
  };
  std::vector<std::string> gerunds, thirds, pasts;
  for (const std::string& form : irregular) {
    if (lemma == "be" && kBeForms.count(form)) add(form, kBeForms.at(form));
    else if (EndsWith(form, "ing")) gerunds.push_back(form);
    else if (EndsWith(form, "s")) thirds.push_back(form);
    else pasts.push_back(form);
  }
  for (const std::string& form : gerunds) add(form, Inflection::kGerund);
  for (const std::string& form : thirds) add(form, Inflection::kThirdPerson);
  // Past-slot exceptions: when some look like participles and some do not,
  // they split into past and participle ("went", "gone"); when all are "-n"
  // participles ("proven", "shown") the regular "-ed" stays as the past;
  // otherwise each is both ("left", "stopped").
  size_t participles = 0;
  bool only_n_participles = !pasts.empty();
  for (const std::string& form : pasts) {
    participles += ParticipleShaped(form, pasts) ? 1 : 0;
    only_n_participles &= EndsWith(form, "en") || EndsWith(form, "wn");
  }
  const bool split = participles > 0 && participles < pasts.size();
  for (const std::string& form : pasts) {
    Inflection inflection = Inflection::kPastOrParticiple;
    if (split) inflection = ParticipleShaped(form, pasts) ? Inflection::kParticiple : Inflection::kPast;
    else if (only_n_participles) inflection = Inflection::kParticiple;
    add(form, inflection);
  }
  if (!Inflectable(lemma)) return;
  if (gerunds.empty()) add(AddIng(lemma), Inflection::kGerund);
  if (lemma == "be") return;  // its person and tense forms are all in kBeForms
  if (thirds.empty()) add(AddS(lemma, /*o_takes_es=*/true), Inflection::kThirdPerson);
  if (pasts.empty() || only_n_participles || kTPastDoublets.count(lemma)) add(AddEd(lemma), Inflection::kPastOrParticiple);
}

// Exception forms of adjectives and adverbs: "-st" superlative ("best",
// "worst", "least"), otherwise comparative ("better", "worse", "further").
Inflection DegreeOf(const std::string& form) {
  return EndsWith(form, "st") ? Inflection::kSuperlative : Inflection::kComparative;
}

FormTable ExpandForms(const WordNet& wordnet) {
  FormTable forms;
  for (int cls = 0; cls < kClassCount; ++cls) {
    const uint8_t bit = kClasses[cls].bit;
    for (const auto& entry : wordnet.senses[cls]) {
      const std::string& lemma = entry.first;  // a named variable: lambdas below capture it
      const uint16_t frequency = Frequency(wordnet, cls, lemma);
      forms[lemma].push_back(Reading{lemma, frequency, bit, Inflection::kNone});
      auto found = wordnet.exceptions[cls].find(lemma);
      const std::vector<std::string> irregular =
          found == wordnet.exceptions[cls].end() ? std::vector<std::string>() : found->second;
      auto add = [&](const std::string& form, Inflection inflection) {
        forms[form].push_back(Reading{lemma, frequency, bit, inflection});
      };
      if (bit == kVerbBit) {
        AddVerbForms(lemma, irregular, frequency, &forms);
      } else if (bit == kNounBit) {
        for (const std::string& form : irregular) add(form, Inflection::kPlural);
        // Two-letter nouns are abbreviations and letter names ("wa", "hi",
        // "it"), whose plurals are not written with a bare "-s".
        if (irregular.empty() && Inflectable(lemma) && lemma.size() > 2) {
          add(AddS(lemma, /*o_takes_es=*/false), Inflection::kPlural);
        }
      } else {
        for (const std::string& form : irregular) add(form, DegreeOf(form));
        bool has_comparative = false, has_superlative = false;
        for (const std::string& form : irregular) {
          (DegreeOf(form) == Inflection::kSuperlative ? has_superlative : has_comparative) = true;
        }
        if (bit == kAdjectiveBit && Inflectable(lemma) && ComparesWithSuffix(lemma)) {
          if (!has_comparative) add(AddEr(lemma), Inflection::kComparative);
          if (!has_superlative) add(AddEst(lemma), Inflection::kSuperlative);
        }
      }
    }
  }
  for (auto& [form, readings] : forms) {
    std::sort(readings.begin(), readings.end());
    readings.erase(std::unique(readings.begin(), readings.end()), readings.end());
  }
  return forms;
}

// Writes the arrays of word_form_table.h.
void Emit(const FormTable& forms, const std::string& source, std::ostream& out) {
  std::map<std::string, uint32_t> index;
  for (const auto& [form, readings] : forms) index.emplace(form, static_cast<uint32_t>(index.size()));
  const uint32_t count = static_cast<uint32_t>(forms.size());
  uint32_t slot_count = 1;
  while (slot_count < 2 * count) slot_count *= 2;
  std::vector<uint32_t> slots(slot_count, 0);
  for (const auto& [form, i] : index) {
    uint32_t slot = table::HashForm(form) & (slot_count - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = i + 1;
  }

  out << "// Generated by word_forms_generator from WordNet in " << source << ". Do not edit.\n"
      << "#include \"extract/syntax/word_form_table.h\"\n\nnamespace geokg::syntax::table {\n\n";
  out << "const char kText[] =\n\"";
  size_t column = 0;
  for (const auto& [form, readings] : forms) {
    for (char c : form) {
      if (c == '"' || c == '\\') out << '\\';
      out << c;
    }
    if ((column += form.size()) > 100) {
      out << "\"\n\"";
      column = 0;
    }
  }
  out << "\";\n\nconst uint32_t kFormCount = " << count << ";\n";
  auto emit_array = [&out](const char* declaration, const std::vector<uint32_t>& values) {
    out << "\n" << declaration << " = {";
    for (size_t i = 0; i < values.size(); ++i) out << (i % 16 == 0 ? "\n" : "") << values[i] << ",";
    out << "\n};\n";
  };
  std::vector<uint32_t> form_start{0}, reading_start{0};
  for (const auto& [form, readings] : forms) {
    form_start.push_back(form_start.back() + static_cast<uint32_t>(form.size()));
    reading_start.push_back(reading_start.back() + static_cast<uint32_t>(readings.size()));
  }
  emit_array("const uint32_t kFormStart[]", form_start);
  emit_array("const uint32_t kReadingStart[]", reading_start);
  out << "\nusing I = Inflection;\nconst FormReading kReadings[] = {";
  size_t n = 0;
  for (const auto& [form, readings] : forms) {
    for (const Reading& r : readings) {
      out << (n++ % 8 == 0 ? "\n" : "") << "{" << index.at(r.lemma) << "," << r.frequency << ","
          << int{r.open_class} << ",I(" << static_cast<int>(r.inflection) << ")},";
    }
  }
  out << "\n};\n\nconst uint32_t kSlotCount = " << slot_count << ";\n";
  emit_array("const uint32_t kSlots[]", slots);
  out << "\n}  // namespace geokg::syntax::table\n";
}

}  // namespace
}  // namespace geokg::syntax::generator

int main(int argc, char** argv) {
  using namespace geokg::syntax::generator;
  if (argc != 3) Fail("usage: word_forms_generator WORDNET_DIR OUTPUT.cc");
  const std::string dir = argv[1];
  WordNet wordnet;
  for (int cls = 0; cls < kClassCount; ++cls) ReadIndex(dir + "/index." + kClasses[cls].name, &wordnet.senses[cls]);
  for (int cls = 0; cls < kClassCount; ++cls) ReadExceptions(dir + "/" + kClasses[cls].name + ".exc", cls, &wordnet);
  ReadCounts(dir + "/cntlist.rev", &wordnet);
  const FormTable forms = ExpandForms(wordnet);

  const std::string output = argv[2];
  const std::string temporary = output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    if (!out) Fail("cannot write " + temporary);
    Emit(forms, dir, out);
    if (!out.flush()) Fail("cannot write " + temporary);
  }
  if (std::rename(temporary.c_str(), output.c_str()) != 0) Fail("cannot rename " + temporary + " to " + output);
  return 0;
}

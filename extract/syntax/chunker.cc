// Stage 2: chunks. Noun phrases, verb groups and function words, with the
// words inside each chunk attached to its head.
#include <string>

#include "extract/syntax/analyzer.h"

namespace geokg::syntax {

namespace {

bool IsNominalWord(Pos p) {
  return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kNumber || p == Pos::kAdjective ||
         p == Pos::kDeterminer;
}

bool IsNounHead(Pos p) {
  return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kNumber || p == Pos::kPronoun;
}

// Verbs that take two objects ("sent Ukraine tanks", "offered Kyiv loans").
bool IsGivingVerb(std::string_view lemma) {
  for (const char* v : {"give", "send", "offer", "grant", "sell", "lend", "hand", "award", "deny", "promise", "owe",
                        "supply", "provide", "pay", "loan", "show", "tell", "teach", "allow"}) {
    if (lemma == v) return true;
  }
  return false;
}

}  // namespace

Analyzer::Analyzer(const Sentence& sentence, std::vector<TaggedWord> tags)
    : sentence_(sentence), tags_(std::move(tags)), chunk_of_(tags_.size(), -1) {
  out_.words.resize(tags_.size());
  for (size_t i = 0; i < tags_.size(); ++i) {
    out_.words[i].pos = tags_[i].pos;
    out_.words[i].lemma = tags_[i].lemma;
  }
}

void Analyzer::Set(int word, int head, Rel rel) {
  if (word < 0 || word == head) return;
  out_.words[static_cast<size_t>(word)].head = head;
  out_.words[static_cast<size_t>(word)].rel = rel;
}

void Analyzer::Extra(int head, int dependent, Rel rel) {
  if (head < 0 || dependent < 0 || head == dependent) return;
  out_.extra.push_back(ExtraArc{head, dependent, rel});
}

// One past the last word of the noun phrase starting at `begin`: determiners,
// adjectives, numbers and nouns, ending at the last noun; a pronoun alone.
int Analyzer::NominalEnd(int begin) const {
  const int n = static_cast<int>(tags_.size());
  if (tags_[static_cast<size_t>(begin)].pos == Pos::kPronoun) return begin + 1;
  int end = begin, last_noun = -1;
  for (int k = begin; k < n; ++k) {
    const TaggedWord& w = tags_[static_cast<size_t>(k)];
    const bool adverb_in_np = w.pos == Pos::kAdverb && k + 1 < n &&
                              tags_[static_cast<size_t>(k + 1)].pos == Pos::kAdjective && k > begin;
    if (!IsNominalWord(w.pos) && !adverb_in_np) break;
    // A determiner starts a new phrase ("gave Ukraine the missiles").
    if (w.pos == Pos::kDeterminer && k > begin && !w.possessive &&
        tags_[static_cast<size_t>(k - 1)].pos != Pos::kDeterminer) {
      break;
    }
    if (w.possessive && k > begin) break;
    // "address the assembly next week": a time phrase starts after the noun.
    if (k > begin && k + 1 < n && (w.lemma == "next" || w.lemma == "last") && IsNounHead(tags_[static_cast<size_t>(k - 1)].pos)) break;
    // "sent Ukraine tanks": after a verb of giving, a name is the first of two objects.
    if (k == begin + 1 && tags_[static_cast<size_t>(begin)].pos == Pos::kProperNoun && w.pos == Pos::kNoun &&
        begin > 0 && tags_[static_cast<size_t>(begin - 1)].pos == Pos::kVerb &&
        IsGivingVerb(tags_[static_cast<size_t>(begin - 1)].lemma)) {
      break;
    }
    // Two names that are separate mentions stay one phrase only when the first modifies the second.
    end = k + 1;
    if (IsNounHead(w.pos)) last_noun = k;
  }
  if (last_noun >= 0 && last_noun + 1 < end) {
    // Trailing adjectives belong to a predicate, not to this phrase ("made Russia stronger").
    bool trailing_adjectives_only = true;
    for (int k = last_noun + 1; k < end; ++k) {
      trailing_adjectives_only = trailing_adjectives_only && tags_[static_cast<size_t>(k)].pos != Pos::kNoun;
    }
    if (trailing_adjectives_only) end = last_noun + 1;
  }
  return end > begin ? end : begin + 1;
}

// One past the last word of the verb group starting at `begin`: auxiliaries,
// negation and adverbs, up to and including the main verb.
int Analyzer::VerbalEnd(int begin) const {
  const int n = static_cast<int>(tags_.size());
  int last_verbal = begin;
  for (int k = begin; k < n; ++k) {
    const TaggedWord& w = tags_[static_cast<size_t>(k)];
    if (w.pos == Pos::kVerb) return k + 1;
    if (w.pos == Pos::kAux || (w.pos == Pos::kParticle && !w.possessive)) {
      last_verbal = k;
    } else if (w.pos != Pos::kAdverb || k + 1 == n) {
      break;  // adverbs stay inside only between auxiliaries and the verb
    }
  }
  return last_verbal + 1;
}

void Analyzer::AttachInsideNominal(const Chunk& c) {
  for (int k = c.begin; k < c.end; ++k) {
    if (k == c.head) continue;
    const TaggedWord& w = tags_[static_cast<size_t>(k)];
    Rel rel = Rel::kCompound;
    if (w.pos == Pos::kDeterminer) rel = w.possessive ? Rel::kPossessor : Rel::kDeterminer;
    else if (w.pos == Pos::kAdjective) rel = Rel::kAdjectivalModifier;
    else if (w.pos == Pos::kNumber) rel = Rel::kNumericModifier;
    else if (w.pos == Pos::kAdverb) rel = Rel::kAdverbialModifier;
    Set(k, c.head, rel);
  }
}

void Analyzer::AttachInsideVerbal(Chunk& c) {
  int head = -1;
  for (int k = c.end - 1; k >= c.begin && head < 0; --k) {
    if (tags_[static_cast<size_t>(k)].pos == Pos::kVerb) head = k;
  }
  if (head < 0) {
    for (int k = c.end - 1; k >= c.begin && head < 0; --k) {
      if (tags_[static_cast<size_t>(k)].pos == Pos::kAux) head = k;
    }
  }
  if (head < 0) head = c.end - 1;
  c.head = head;
  const TaggedWord& main = tags_[static_cast<size_t>(head)];
  c.copula = main.pos == Pos::kAux && main.lemma == "be";
  bool has_aux = false;
  for (int k = c.begin; k < c.end; ++k) {
    if (k == head) continue;
    const TaggedWord& w = tags_[static_cast<size_t>(k)];
    if (w.pos == Pos::kAux) {
      has_aux = true;
      const bool passive_aux = (w.lemma == "be" || w.lemma == "get") && main.pos == Pos::kVerb &&
                               (main.shape == VerbShape::kPast || main.shape == VerbShape::kParticiple) &&
                               w.shape != VerbShape::kNone;
      if (passive_aux) c.passive = true;
      Set(k, head, passive_aux ? Rel::kPassiveAuxiliary : Rel::kAuxiliary);
      if (w.shape == VerbShape::kPresent || w.shape == VerbShape::kPast) c.finite = true;
    } else if (w.pos == Pos::kParticle && w.lemma == "to") {
      c.infinitive = k == c.begin;  // "has to decide" is a tensed group
      Set(k, head, Rel::kMarker);
    } else {
      Set(k, head, Rel::kAdverbialModifier);
    }
  }
  if (c.passive) {
    // "have been attacked": the participle, not a past tense.
    out_.words[static_cast<size_t>(head)].pos = Pos::kVerb;
  }
  if (!has_aux && !c.infinitive) {
    if (main.shape == VerbShape::kPresent || main.shape == VerbShape::kPast) c.finite = true;
    if (main.shape == VerbShape::kGerund || main.shape == VerbShape::kParticiple) c.participle = true;
  }
}

void Analyzer::BuildChunks() {
  const int n = static_cast<int>(tags_.size());
  for (int i = 0; i < n;) {
    const TaggedWord& w = tags_[static_cast<size_t>(i)];
    Chunk c;
    c.begin = i;
    c.head = i;
    c.end = i + 1;
    const std::string& lower = LowerAt(i);
    const bool after_nominal = !chunks_.empty() && (chunks_.back().kind == ChunkKind::kNominal ||
                                                    (chunks_.back().kind == ChunkKind::kPunctuation &&
                                                     LowerAt(chunks_.back().begin) == "," && chunks_.size() >= 2 &&
                                                     chunks_[chunks_.size() - 2].kind == ChunkKind::kNominal));
    if (w.pos == Pos::kPunctuation) {
      c.kind = ChunkKind::kPunctuation;
    } else if (w.pos == Pos::kParticle && w.possessive) {
      c.kind = ChunkKind::kPossessive;
    } else if (w.pos == Pos::kCoordinator) {
      c.kind = ChunkKind::kCoordinator;
      // "as well as": one coordinator, its later words fixed to the first.
      while (c.end < n && tags_[static_cast<size_t>(c.end)].continues) Set(c.end++, i, Rel::kFixed);
    } else if ((lower == "who" || lower == "whom" || lower == "which") && after_nominal) {
      c.kind = ChunkKind::kRelative;
    } else if (lower == "that" && after_nominal && i + 1 < n &&
               (tags_[static_cast<size_t>(i + 1)].pos == Pos::kAux || tags_[static_cast<size_t>(i + 1)].pos == Pos::kVerb)) {
      c.kind = ChunkKind::kRelative;
      out_.words[static_cast<size_t>(i)].pos = Pos::kPronoun;
    } else if (w.pos == Pos::kSubordinator) {
      c.kind = ChunkKind::kSubordinator;
    } else if (w.pos == Pos::kAdposition) {
      c.kind = ChunkKind::kPreposition;
    } else if (w.pos == Pos::kAux || w.pos == Pos::kVerb || (w.pos == Pos::kParticle && !w.possessive)) {
      c.kind = ChunkKind::kVerbal;
      c.end = VerbalEnd(i);
      AttachInsideVerbal(c);
    } else if (w.pos == Pos::kPronoun || IsNominalWord(w.pos)) {
      c.kind = ChunkKind::kNominal;
      c.end = NominalEnd(i);
      c.head = c.end - 1;
      for (int k = c.end - 1; k >= c.begin; --k) {
        if (IsNounHead(tags_[static_cast<size_t>(k)].pos)) {
          c.head = k;
          break;
        }
      }
      bool has_noun = false;
      for (int k = c.begin; k < c.end; ++k) has_noun = has_noun || IsNounHead(tags_[static_cast<size_t>(k)].pos);
      if (!has_noun && tags_[static_cast<size_t>(c.begin)].pos != Pos::kDeterminer) c.kind = ChunkKind::kModifier;
      AttachInsideNominal(c);
    } else {
      c.kind = ChunkKind::kModifier;
    }
    for (int k = c.begin; k < c.end; ++k) chunk_of_[static_cast<size_t>(k)] = static_cast<int>(chunks_.size());
    chunks_.push_back(c);
    i = c.end;
  }
}

}  // namespace geokg::syntax

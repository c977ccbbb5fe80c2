// Stage 3: clauses and grammatical relations. Chunks are attached to each
// other: subjects and objects of verb groups, prepositional arguments,
// coordination and apposition, relative, complement, infinitival and
// participial clauses, and the enhanced arcs (controllers, antecedents,
// shared subjects).
#include <string>
#include <unordered_set>

#include "extract/text/lexicon.h"
#include "extract/syntax/analyzer.h"

namespace geokg::syntax {

namespace {

bool IsSpeechLemma(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "say", "tell", "add", "state", "announce", "declare", "warn", "insist", "note", "claim", "argue", "write",
      "explain", "report", "stress", "confirm", "deny", "allege", "acknowledge", "admit", "reply", "respond",
      "tweet", "post", "vow", "pledge", "promise", "threaten", "urge", "believe", "think", "hope", "fear"};
  return kSet.count(lemma) > 0;
}

// Verbs whose object is the subject of their infinitive ("asked X to go").
bool IsObjectControlVerb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "ask", "urge", "tell", "order", "call", "invite", "allow", "permit", "force", "encourage", "persuade", "press",
      "pressure", "expect", "want", "help", "enable", "advise", "warn", "instruct", "request", "require", "authorize",
      "authorise", "lead", "cause", "get", "push", "compel", "oblige", "appeal", "beg", "remind", "convince",
      "challenge", "dare", "direct", "empower", "entitle", "inspire", "prompt", "recruit", "train", "mandate"};
  return kSet.count(lemma) > 0;
}

// Verbs of saying that put their subject after them: "..., said the minister."
bool IsInversionLemma(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {"say", "add", "write", "note", "state", "explain", "reply",
                                                        "continue", "insist", "declare", "conclude", "remark", "tweet"};
  return kSet.count(lemma) > 0;
}

bool IsComplementizer(const std::string& lower) { return lower == "that" || lower == "whether" || lower == "if"; }

}  // namespace

int Analyzer::SubjectOf(int verb_word) const {
  for (size_t k = 0; k < out_.words.size(); ++k) {
    const Word& w = out_.words[k];
    if (w.head == verb_word && (w.rel == Rel::kSubject || w.rel == Rel::kPassiveSubject)) return static_cast<int>(k);
  }
  for (const ExtraArc& a : out_.extra) {
    if (a.head == verb_word && (a.rel == Rel::kSubject || a.rel == Rel::kPassiveSubject)) return a.dependent;
  }
  return -1;
}

// The head of the nearest clause before chunk `c`: the root if it comes first, else the nearest verb group.
int Analyzer::ClauseHeadBefore(int c) const {
  for (int k = c - 1; k >= 0; --k) {
    if (chunks_[static_cast<size_t>(k)].kind == ChunkKind::kVerbal) return chunks_[static_cast<size_t>(k)].head;
  }
  return -1;
}

// The first conjunct of the coordination the noun phrase `n` ends ("Brazil and the United States").
int Analyzer::FirstConjunct(int n) const {
  int head = chunks_[static_cast<size_t>(n)].head;
  while (out_.words[static_cast<size_t>(head)].rel == Rel::kConjunct && out_.words[static_cast<size_t>(head)].head >= 0) {
    head = out_.words[static_cast<size_t>(head)].head;
  }
  return head;
}

void Analyzer::AttachCoordinationAndApposition() {
  const int count = static_cast<int>(chunks_.size());
  for (int c = 0; c + 2 < count; ++c) {
    if (!IsChunk(c, ChunkKind::kNominal)) continue;
    const Chunk& first = chunks_[static_cast<size_t>(c)];
    // "A and B", "A, B and C": conjuncts hang from the first.
    int k = c + 1;
    std::vector<int> items;
    int coordinator = -1;
    while (k + 1 < count) {
      const bool comma = IsChunk(k, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(k)].begin) == ",";
      if (IsChunk(k, ChunkKind::kCoordinator) && LowerAt(chunks_[static_cast<size_t>(k)].begin) != "but" &&
          IsChunk(k + 1, ChunkKind::kNominal)) {
        coordinator = chunks_[static_cast<size_t>(k)].head;
        items.push_back(k + 1);
        break;
      }
      if (comma && IsChunk(k + 1, ChunkKind::kNominal)) {
        items.push_back(k + 1);
        k += 2;
        continue;
      }
      // "A, B, and C"; "A, along with B,": a comma before a coordinator
      // follows a list, or opens a multiword coordinator's aside.
      if (comma && IsChunk(k + 1, ChunkKind::kCoordinator) && k + 2 < count && IsChunk(k + 2, ChunkKind::kNominal) &&
          (!items.empty() || chunks_[static_cast<size_t>(k + 1)].end - chunks_[static_cast<size_t>(k + 1)].begin > 1)) {
        coordinator = chunks_[static_cast<size_t>(k + 1)].head;
        items.push_back(k + 2);
        break;
      }
      break;
    }
    if (coordinator >= 0) {
      for (int item : items) {
        Chunk& it = chunks_[static_cast<size_t>(item)];
        Set(it.head, first.head, Rel::kConjunct);
        it.attached = true;
      }
      Set(coordinator, chunks_[static_cast<size_t>(items.back())].head, Rel::kCoordination);
      c = items.back();
      continue;
    }
    // "Sergei Lavrov, Russia's foreign minister, said": an apposition between commas.
    if (items.size() == 1) {
      const int second = items[0];
      const int after = second + 1;
      const bool closed = after >= count || IsChunk(after, ChunkKind::kPunctuation);
      if (closed) {
        Chunk& it = chunks_[static_cast<size_t>(second)];
        Set(it.head, first.head, Rel::kAppositive);
        it.attached = true;
        c = second;
      }
    }
  }
}

void Analyzer::AttachPrepositions() {
  const int count = static_cast<int>(chunks_.size());
  for (int p = 0; p < count; ++p) {
    if (!IsChunk(p, ChunkKind::kPreposition)) continue;
    const int prep = chunks_[static_cast<size_t>(p)].head;
    const std::string& word = LowerAt(prep);
    if (!IsChunk(p + 1, ChunkKind::kNominal)) {
      if (IsChunk(p + 1, ChunkKind::kVerbal)) {
        Set(prep, chunks_[static_cast<size_t>(p + 1)].head, Rel::kMarker);  // "by promoting", "after meeting"
      } else {
        const int verb = ClauseHeadBefore(p);
        if (verb >= 0) Set(prep, verb, Rel::kAdverbialModifier);  // "pulled out", "stepped down"
      }
      continue;
    }
    // The object: through a possessive to the possessed ("of Russia's invasion").
    int object_chunk = p + 1;
    if (IsChunk(object_chunk + 1, ChunkKind::kPossessive) && IsChunk(object_chunk + 2, ChunkKind::kNominal)) {
      object_chunk += 2;
    }
    Chunk& object = chunks_[static_cast<size_t>(object_chunk)];
    Set(prep, object.head, Rel::kCase);
    object.attached = true;
    // The governor: right association for "of"; otherwise the verb whose
    // object the preceding noun phrase (and its "of" chain) is.
    // Back over a chain of phrases ("sent planeloads of tents to X", "pulled out of Kherson on Friday").
    // ", including X": the phrase goes where it would without the comma.
    const int adjacent = word == "including" && IsChunk(p - 1, ChunkKind::kPunctuation) &&
                                 LowerAt(chunks_[static_cast<size_t>(p - 1)].head) == ","
                             ? p - 2
                             : p - 1;
    int before = adjacent;
    while (before >= 1 && IsChunk(before, ChunkKind::kNominal) && IsChunk(before - 1, ChunkKind::kPreposition) &&
           (LowerAt(chunks_[static_cast<size_t>(before - 1)].head) == "of" || word != "of") &&
           (IsChunk(before - 2, ChunkKind::kNominal) || (word != "of" && IsChunk(before - 2, ChunkKind::kVerbal)))) {
      before -= IsChunk(before - 2, ChunkKind::kVerbal) ? 1 : 2;
    }
    if (before >= 0 && IsChunk(before, ChunkKind::kPossessive)) before = -1;
    // A particle before it: "pulled out of X", "stepped back from X".
    while (IsChunk(before, ChunkKind::kPreposition) && !IsChunk(before + 1, ChunkKind::kNominal)) --before;
    if (IsChunk(before, ChunkKind::kPreposition) && IsChunk(before - 1, ChunkKind::kVerbal)) --before;
    const bool after_noun = before >= 0 && IsChunk(before, ChunkKind::kNominal);
    const bool noun_is_object = after_noun && IsChunk(before - 1, ChunkKind::kVerbal);
    const bool time = IsMonthOrDay(sentence_.tokens[static_cast<size_t>(object.head)].text);
    if (time && ClauseHeadBefore(p) >= 0) {
      Set(object.head, ClauseHeadBefore(p), Rel::kOblique);  // "on Friday", "in March"
    } else if (after_noun && (word == "of" || !noun_is_object)) {
      Set(object.head, chunks_[static_cast<size_t>(adjacent)].head, Rel::kNominalModifier);
    } else if (after_noun || IsChunk(before, ChunkKind::kVerbal)) {
      const int verb_chunk = after_noun ? before - 1 : before;
      const Chunk& v = chunks_[static_cast<size_t>(verb_chunk)];
      const bool agent = word == "by" && (v.passive || v.participle || tags_[static_cast<size_t>(v.head)].participle_possible);
      Set(object.head, v.head, agent ? Rel::kAgent : Rel::kOblique);
    } else if (before >= 0 && IsChunk(before, ChunkKind::kModifier)) {
      Set(object.head, chunks_[static_cast<size_t>(before)].head, Rel::kOblique);  // "loyal to X"
    } else {
      // A fronted phrase ("In a statement, X said"): the next verb group's.
      for (int k = object_chunk + 1; k < count; ++k) {
        if (IsChunk(k, ChunkKind::kVerbal)) {
          Set(object.head, chunks_[static_cast<size_t>(k)].head, Rel::kOblique);
          break;
        }
      }
    }
  }
}

// The chunk before `c` once what may stand between a subject and its verb is
// skipped: adverbs, times, parentheses, an opening quote, and phrases
// attached to the verb `verb_word` ("Arnor on Thursday signed").
int Analyzer::SkipInserts(int c, int verb_word) const {
  for (;;) {
    while (c >= 0 && (IsChunk(c, ChunkKind::kModifier) || IsTimeChunk(c))) --c;
    if (IsChunk(c, ChunkKind::kPreposition) && IsTimeChunk(c + 1)) {
      --c;
      continue;
    }
    if (IsChunk(c, ChunkKind::kNominal) && IsChunk(c - 1, ChunkKind::kPreposition) &&
        out_.words[static_cast<size_t>(chunks_[static_cast<size_t>(c)].head)].head == verb_word && IsChunk(c - 2, ChunkKind::kNominal)) {
      c -= 2;
      continue;
    }
    // "The Philippines and the European Union (EU) agree": over a parenthesis.
    if (IsChunk(c, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(c)].begin) == ")") {
      int open = c - 1;
      while (open >= 0 && c - open < 10 &&
             !(IsChunk(open, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(open)].begin) == "(")) {
        --open;
      }
      if (open >= 0 && c - open < 10) {
        c = open - 1;
        continue;
      }
    }
    // A quote opening before the verb group: 'X "received a call ..."'.
    if (IsChunk(c, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(c)].begin) == "\"" &&
        IsChunk(c - 1, ChunkKind::kNominal)) {
      --c;
      continue;
    }
    return c;
  }
}

int Analyzer::FindSubject(int v, bool* stolen) {
  *stolen = false;
  int c = SkipInserts(v - 1, chunks_[static_cast<size_t>(v)].head);
  if (c < 0) return -1;
  // An aside between commas or dashes: "X, backed by Y, attacked", "X -- both run by juntas -- warned".
  auto mark_of = [&](int k) -> std::string {
    if (!IsChunk(k, ChunkKind::kPunctuation)) return "";
    const std::string& text = LowerAt(chunks_[static_cast<size_t>(k)].begin);
    return text == "-" || text == "--" ? "--" : text;
  };
  if (mark_of(c) == "," || mark_of(c) == "--") {
    const std::string mark = mark_of(c);
    while (mark_of(c - 1) == mark) --c;  // "- -"
    // The aside may hold marks of its own ("X, whose members are A, B and C,
    // met"): the nearest opening mark after an unattached noun.
    for (int open = c - 1; open >= 1 && c - open < 12; --open) {
      if (mark_of(open) != mark) continue;
      while (mark_of(open - 1) == mark) --open;
      if (open >= 1 && IsChunk(open - 1, ChunkKind::kNominal) &&
          out_.words[static_cast<size_t>(FirstConjunct(open - 1))].head < 0) {
        return FirstConjunct(open - 1);
      }
    }
    // "Chad's president, Mahamat Deby, flew": a name that holds its own
    // apposition opens the clause and the comma closes it.
    if (mark == "," && c == 1 && IsChunk(0, ChunkKind::kNominal) && out_.words[static_cast<size_t>(FirstConjunct(0))].head < 0) {
      return FirstConjunct(0);
    }
    return -1;
  }
  if (!IsChunk(c, ChunkKind::kNominal)) return -1;
  // "The ceasefire brokered by Qatar collapsed": out of the reduced relative to its noun.
  {
    int word = chunks_[static_cast<size_t>(c)].head;
    for (int steps = 0; steps < 4 && word >= 0; ++steps) {
      const Word& w = out_.words[static_cast<size_t>(word)];
      if (w.head < 0) break;
      const Word& up = out_.words[static_cast<size_t>(w.head)];
      if ((w.rel == Rel::kOblique || w.rel == Rel::kAgent || w.rel == Rel::kObject || w.rel == Rel::kNominalModifier) &&
          (up.rel == Rel::kNounClause || up.rel == Rel::kRelativeClause) && up.head >= 0) {
        const int noun = up.head;
        if (out_.words[static_cast<size_t>(noun)].head < 0 || out_.words[static_cast<size_t>(noun)].rel == Rel::kDependent) {
          return noun;
        }
        word = noun;
        continue;
      }
      if (w.rel != Rel::kNominalModifier && w.rel != Rel::kOblique) break;
      word = w.head;
    }
  }
  // "The president of Russia said": the phrase before the "of" chain
  // (from the first conjunct: "the ambassadors of Arnor, Osgiliath and Gondor").
  int n = chunk_of_[static_cast<size_t>(FirstConjunct(c))];
  while (n >= 2 && IsChunk(n - 1, ChunkKind::kPreposition) && IsChunk(n - 2, ChunkKind::kNominal) &&
         (LowerAt(chunks_[static_cast<size_t>(n - 1)].head) == "of" ||
          !IsChunk(n - 3, ChunkKind::kVerbal))) {
    n -= 2;
  }
  if (IsChunk(n - 1, ChunkKind::kPreposition)) n = chunk_of_[static_cast<size_t>(FirstConjunct(c))];
  if (IsChunk(n - 1, ChunkKind::kPreposition)) return -1;
  const int head = FirstConjunct(n);
  const Word& w = out_.words[static_cast<size_t>(head)];
  if (w.rel == Rel::kObject || w.rel == Rel::kIndirectObject) {
    *stolen = chunks_[static_cast<size_t>(v)].finite;
    if (!*stolen) return -1;
  } else if (w.head >= 0 && w.rel != Rel::kConjunct && w.rel != Rel::kDependent) {
    return -1;
  }
  return head;
}

void Analyzer::AttachObjects(int v) {
  Chunk& verb = chunks_[static_cast<size_t>(v)];
  int c = v + 1;
  while ((IsChunk(c, ChunkKind::kModifier) && LowerAt(chunks_[static_cast<size_t>(c)].head) != "to") || IsTimeChunk(c)) ++c;
  if (!IsChunk(c, ChunkKind::kNominal)) return;
  int object = c;
  if (IsChunk(c + 1, ChunkKind::kPossessive) && IsChunk(c + 2, ChunkKind::kNominal)) object = c + 2;  // "Seoul's plan"
  Chunk& first = chunks_[static_cast<size_t>(c)];
  if (chunks_[static_cast<size_t>(object)].attached || (object == c && first.attached)) return;
  const Rel rel = verb.copula ? Rel::kOpenComplement : Rel::kObject;
  // "gave Ukraine missiles": two objects, the first indirect.
  if (object == c && IsChunk(c + 1, ChunkKind::kNominal) && !chunks_[static_cast<size_t>(c + 1)].attached &&
      !IsChunk(c + 2, ChunkKind::kVerbal) && !verb.copula) {
    Set(first.head, verb.head, Rel::kIndirectObject);
    first.attached = true;
    object = c + 1;
  }
  Chunk& o = chunks_[static_cast<size_t>(object)];
  Set(o.head, verb.head, rel);
  o.attached = true;
  chunks_[static_cast<size_t>(c)].attached = true;
}

void Analyzer::AttachRelative(int v) {
  Chunk& verb = chunks_[static_cast<size_t>(v)];
  int r = v - 1;
  while (r >= 0 && !IsChunk(r, ChunkKind::kRelative) && v - r <= 3) --r;
  if (!IsChunk(r, ChunkKind::kRelative)) return;
  int a = r - 1;
  if (IsChunk(a, ChunkKind::kPunctuation)) --a;
  if (!IsChunk(a, ChunkKind::kNominal)) return;
  const int antecedent = chunks_[static_cast<size_t>(a)].head;
  const int pronoun = chunks_[static_cast<size_t>(r)].head;
  bool own_subject = false;
  const int subject = FindSubject(v, &own_subject);
  if (subject >= 0 && subject > pronoun) {
    Set(subject, verb.head, verb.passive ? Rel::kPassiveSubject : Rel::kSubject);
    Set(pronoun, verb.head, Rel::kObject);
    Extra(verb.head, antecedent, Rel::kObject);
  } else {
    Set(pronoun, verb.head, verb.passive ? Rel::kPassiveSubject : Rel::kSubject);
    Extra(verb.head, antecedent, verb.passive ? Rel::kPassiveSubject : Rel::kSubject);
  }
  Set(verb.head, antecedent, Rel::kRelativeClause);
  verb.attached = true;
}

bool Analyzer::AttachPossessiveRelative(int v, int subject) {
  const int s = chunk_of_[static_cast<size_t>(subject)];
  if (LowerAt(chunks_[static_cast<size_t>(s)].begin) != "whose") return false;
  int a = s - 1;
  if (IsChunk(a, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(a)].begin) == ",") --a;
  if (!IsChunk(a, ChunkKind::kNominal)) return false;
  Chunk& verb = chunks_[static_cast<size_t>(v)];
  Set(subject, verb.head, verb.passive ? Rel::kPassiveSubject : Rel::kSubject);
  Set(verb.head, chunks_[static_cast<size_t>(a)].head, Rel::kRelativeClause);
  verb.attached = true;
  return true;
}

void Analyzer::AttachVerb(int v) {
  Chunk& verb = chunks_[static_cast<size_t>(v)];
  int before = v - 1;
  while (IsChunk(before, ChunkKind::kModifier)) --before;
  if (verb.infinitive) {
    // "asked X to go" (X controls), "agreed to go" (the subject controls), "its plan to go" (a noun's clause).
    if (IsChunk(before, ChunkKind::kNominal)) {
      const Chunk& n = chunks_[static_cast<size_t>(before)];
      const Word& nw = out_.words[static_cast<size_t>(n.head)];
      // "called on Ethiopia to reopen", "appealed to the rebels to lay down": a prepositional object controls too.
      const bool prepositional_object =
          nw.rel == Rel::kOblique && nw.head >= 0 && n.begin > 0 &&
          (LowerAt(n.begin - 1) == "on" || LowerAt(n.begin - 1) == "upon" || LowerAt(n.begin - 1) == "to");
      if ((nw.rel == Rel::kObject || prepositional_object) && nw.head >= 0 &&
          IsObjectControlVerb(out_.words[static_cast<size_t>(nw.head)].lemma)) {
        Set(verb.head, nw.head, Rel::kOpenComplement);
        Extra(verb.head, n.head, Rel::kSubject);
      } else {
        // "showed willingness to join", "its decision to leave": the noun's clause,
        // its subject the possessor or the clause's subject.
        Set(verb.head, n.head, Rel::kNounClause);
        int controller = -1;
        for (int k = n.begin; k < n.end && controller < 0; ++k) {
          if (out_.words[static_cast<size_t>(k)].rel == Rel::kPossessor) controller = k;
        }
        for (size_t k = 0; k < out_.words.size() && controller < 0; ++k) {
          if (out_.words[k].head == n.head && out_.words[k].rel == Rel::kPossessor) controller = static_cast<int>(k);
        }
        if (controller < 0 && nw.head >= 0 && nw.rel == Rel::kObject) controller = SubjectOf(nw.head);
        Extra(verb.head, controller, Rel::kSubject);
      }
    } else {
      const int governor = IsChunk(before, ChunkKind::kVerbal) ? chunks_[static_cast<size_t>(before)].head : ClauseHeadBefore(v);
      if (governor >= 0) {
        Set(verb.head, governor, Rel::kOpenComplement);
        Extra(verb.head, SubjectOf(governor), Rel::kSubject);
      }
    }
    AttachObjects(v);
    return;
  }
  if (IsReducedRelative(v)) {
    verb.participle = true;
    verb.finite = false;
  }
  if (verb.participle) {
    const bool passive_shape = out_.words[static_cast<size_t>(verb.head)].pos == Pos::kVerb &&
                               tags_[static_cast<size_t>(verb.head)].shape != VerbShape::kGerund;
    int n = before;
    if (IsChunk(n, ChunkKind::kPunctuation) && LowerAt(chunks_[static_cast<size_t>(n)].begin) == "," && passive_shape) --n;
    if (IsChunk(n, ChunkKind::kNominal) && (n == before || passive_shape)) {
      // "a ceasefire brokered by X", "forces fighting in X": a reduced relative.
      const int noun = chunks_[static_cast<size_t>(n)].head;
      Set(verb.head, noun, Rel::kNounClause);
      Extra(verb.head, noun, passive_shape ? Rel::kPassiveSubject : Rel::kSubject);
      verb.passive = passive_shape;
    } else if (before < 0) {
      pending_initial_.push_back(v);  // "Backed by X, Y has ...": the main clause's
    } else {
      const int governor = ClauseHeadBefore(v);
      if (governor >= 0) {
        Set(verb.head, governor, Rel::kAdverbialClause);
        // "accused X of sheltering Y", "stopped X from entering": the object controls.
        int controller = SubjectOf(governor);
        if (IsChunk(before, ChunkKind::kPreposition) && IsChunk(before - 1, ChunkKind::kNominal) &&
            LowerAt(chunks_[static_cast<size_t>(before)].head) != "by") {
          const Word& object = out_.words[static_cast<size_t>(chunks_[static_cast<size_t>(before - 1)].head)];
          if (object.rel == Rel::kObject && object.head == governor) controller = chunks_[static_cast<size_t>(before - 1)].head;
        }
        Extra(verb.head, controller, passive_shape ? Rel::kPassiveSubject : Rel::kSubject);
      }
    }
    AttachObjects(v);
    return;
  }
  AttachFinite(v);
  AttachObjects(v);
}

// "warrants for two men sought in the slaying", "a truce brokered by Qatar",
// "a report released Tuesday alleged": a bare past form after a noun phrase
// that is not its subject.
bool Analyzer::IsReducedRelative(int v) const {
  const Chunk& verb = chunks_[static_cast<size_t>(v)];
  if (verb.begin != verb.head || !tags_[static_cast<size_t>(verb.head)].participle_possible) return false;
  if (v == 0) return true;  // "Backed by Iran, the Houthis ..."
  if (!IsChunk(v - 1, ChunkKind::kNominal)) return false;
  const bool by_next = IsChunk(v + 1, ChunkKind::kPreposition) && LowerAt(chunks_[static_cast<size_t>(v + 1)].head) == "by";
  if (by_next) return true;
  if (IsSpeechLemma(tags_[static_cast<size_t>(verb.head)].lemma)) return false;
  // Followed by what a passive takes (a phrase, a time, an adverb), not by an object.
  const bool passive_follows = IsChunk(v + 1, ChunkKind::kPreposition) || IsChunk(v + 1, ChunkKind::kModifier) ||
                               IsTimeChunk(v + 1) ||
                               (IsChunk(v + 1, ChunkKind::kVerbal) && chunks_[static_cast<size_t>(v + 1)].infinitive);
  if (!passive_follows) return false;
  if (root_ >= 0) {
    const Word& noun = out_.words[static_cast<size_t>(chunks_[static_cast<size_t>(v - 1)].head)];
    // "said Russia wanted to": the object of a verb of saying starts its complement clause.
    if (noun.rel == Rel::kObject && noun.head >= 0 && IsSpeechLemma(out_.words[static_cast<size_t>(noun.head)].lemma)) {
      return false;
    }
    return noun.head >= 0 || IsChunk(v - 2, ChunkKind::kPreposition);
  }
  // Before the main verb: only when a tensed verb follows in the same clause.
  for (int k = v + 1; k < static_cast<int>(chunks_.size()); ++k) {
    const Chunk& c = chunks_[static_cast<size_t>(k)];
    if (c.kind == ChunkKind::kSubordinator || c.kind == ChunkKind::kRelative ||
        (c.kind == ChunkKind::kPunctuation && LowerAt(c.begin) != "," && LowerAt(c.begin) != "(" && LowerAt(c.begin) != ")")) {
      return false;
    }
    if (c.kind == ChunkKind::kVerbal && c.finite && !c.infinitive) return true;
  }
  return false;
}

// A day, month or similar time phrase ("Tuesday", "last week" is not one).
bool Analyzer::IsTimeChunk(int c) const {
  if (!IsChunk(c, ChunkKind::kNominal)) return false;
  const Chunk& chunk = chunks_[static_cast<size_t>(c)];
  const std::string& head = LowerAt(chunk.head);
  if (IsMonthOrDay(sentence_.tokens[static_cast<size_t>(chunk.head)].text) || head == "today" || head == "tonight") return true;
  // "next week", "last month", "this year".
  const std::string& first = LowerAt(chunk.begin);
  return (first == "next" || first == "last" || first == "this" || first == "earlier" || first == "later") &&
         (head == "week" || head == "month" || head == "year" || head == "weekend" || head == "night" ||
          head == "morning" || head == "evening" || head == "afternoon" || head == "day");
}

void Analyzer::AttachFinite(int v) {
  Chunk& verb = chunks_[static_cast<size_t>(v)];
  bool stolen = false;
  int subject = FindSubject(v, &stolen);
  const int previous_verb = stolen ? out_.words[static_cast<size_t>(subject)].head : -1;
  const Rel subject_rel = verb.passive ? Rel::kPassiveSubject : Rel::kSubject;
  // The word before the clause (before its subject): what connects it.
  int lead = v - 1;
  while (IsChunk(lead, ChunkKind::kModifier)) --lead;
  if (subject >= 0) {
    lead = chunk_of_[static_cast<size_t>(subject)] - 1;
    while (lead >= 0 && chunks_[static_cast<size_t>(lead)].end > subject) --lead;
  }
  if (IsChunk(lead, ChunkKind::kRelative) || (IsChunk(v - 1, ChunkKind::kRelative))) {
    AttachRelative(v);
    return;
  }
  if (subject >= 0 && AttachPossessiveRelative(v, subject)) return;
  // "..., said the minister": a speech verb with its subject after it.
  if (subject < 0 && IsInversionLemma(tags_[static_cast<size_t>(verb.head)].lemma) && IsChunk(v + 1, ChunkKind::kNominal) &&
      IsChunk(lead, ChunkKind::kPunctuation) && (v + 2 >= static_cast<int>(chunks_.size()) || IsChunk(v + 2, ChunkKind::kPunctuation))) {
    subject = FirstConjunct(v + 1);
    chunks_[static_cast<size_t>(v + 1)].attached = true;
  }
  if (subject >= 0) Set(subject, verb.head, subject_rel);
  if (stolen && previous_verb >= 0) {
    Set(verb.head, previous_verb, Rel::kClausalComplement);  // "said Russia would", "confirmed the US has"
    return;
  }
  if (IsChunk(lead, ChunkKind::kSubordinator)) {
    const int mark = chunks_[static_cast<size_t>(lead)].head;
    Set(mark, verb.head, Rel::kMarker);
    int governor_chunk = lead - 1;
    while (IsChunk(governor_chunk, ChunkKind::kModifier)) --governor_chunk;
    // "said on Tuesday that ...": a time is no noun a clause complements.
    if (IsComplementizer(LowerAt(mark)) && IsChunk(governor_chunk, ChunkKind::kNominal) && !IsTimeChunk(governor_chunk) &&
        out_.words[static_cast<size_t>(chunks_[static_cast<size_t>(governor_chunk)].head)].rel != Rel::kObject) {
      Set(verb.head, chunks_[static_cast<size_t>(governor_chunk)].head, Rel::kNounClause);  // "reports that ..."
    } else {
      const int governor = ClauseHeadBefore(lead + 1);
      if (governor < 0) {
        pending_initial_.push_back(v);
      } else {
        Set(verb.head, governor, IsComplementizer(LowerAt(mark)) ? Rel::kClausalComplement : Rel::kAdverbialClause);
      }
    }
    return;
  }
  if (IsChunk(lead, ChunkKind::kCoordinator) && subject < 0) {
    int governor = ClauseHeadBefore(lead);
    // "denied that any camp was hit and accused India": an active verb joins
    // the main clause rather than a passive inside a complement.
    if (governor >= 0 && governor != root_ && root_ >= 0 && !verb.passive &&
        chunks_[static_cast<size_t>(chunk_of_[static_cast<size_t>(governor)])].passive) {
      governor = root_;
    }
    if (governor >= 0) {
      Set(verb.head, governor, Rel::kConjunct);
      Set(chunks_[static_cast<size_t>(lead)].head, verb.head, Rel::kCoordination);
      Extra(verb.head, SubjectOf(governor), subject_rel);
      return;
    }
  }
  if (IsChunk(lead, ChunkKind::kCoordinator) && root_ >= 0) {
    Set(verb.head, root_, Rel::kConjunct);
    Set(chunks_[static_cast<size_t>(lead)].head, verb.head, Rel::kCoordination);
    return;
  }
  if (root_ < 0) {
    MakeRoot(verb.head);
    return;
  }
  // A quoted or reported clause before a speech verb: '"...," the minister said'.
  const bool after_break = IsChunk(lead, ChunkKind::kPunctuation);
  if (after_break && IsSpeechLemma(tags_[static_cast<size_t>(verb.head)].lemma) && !IsChunk(v + 1, ChunkKind::kSubordinator)) {
    const int old_root = root_;
    MakeRoot(verb.head);
    Set(old_root, verb.head, Rel::kClausalComplement);
    return;
  }
  Set(verb.head, root_, after_break ? Rel::kParataxis : Rel::kClausalComplement);
}

void Analyzer::MakeRoot(int word) {
  root_ = word;
  Set(word, -1, Rel::kRoot);
  out_.words[static_cast<size_t>(word)].head = -1;
  out_.words[static_cast<size_t>(word)].rel = Rel::kRoot;
  // Clauses that came before it: "Backed by X, Y has ...", "Because X ..., Y ...".
  for (int p : pending_initial_) {
    const Chunk& c = chunks_[static_cast<size_t>(p)];
    Set(c.head, word, Rel::kAdverbialClause);
    if (c.participle) Extra(c.head, SubjectOf(word), c.passive || tags_[static_cast<size_t>(c.head)].shape != VerbShape::kGerund
                                                         ? Rel::kPassiveSubject : Rel::kSubject);
  }
  pending_initial_.clear();
}

void Analyzer::AttachLeftovers() {
  const int n = static_cast<int>(out_.words.size());
  if (root_ < 0) {
    for (const Chunk& c : chunks_) {
      if (c.kind == ChunkKind::kVerbal || c.kind == ChunkKind::kNominal) {
        MakeRoot(c.head);
        break;
      }
    }
    if (root_ < 0 && n > 0) MakeRoot(0);
  }
  for (int p : pending_initial_) Set(chunks_[static_cast<size_t>(p)].head, root_, Rel::kAdverbialClause);
  pending_initial_.clear();
  for (int k = 0; k < n; ++k) {
    Word& w = out_.words[static_cast<size_t>(k)];
    if (k == root_ || w.head >= 0) continue;
    const Chunk& c = chunks_[static_cast<size_t>(chunk_of_[static_cast<size_t>(k)])];
    if (c.kind == ChunkKind::kPunctuation) Set(k, root_, Rel::kPunctuation);
    else if (c.kind == ChunkKind::kModifier && tags_[static_cast<size_t>(k)].pos == Pos::kAdverb) Set(k, root_, Rel::kAdverbialModifier);
    else Set(k, root_, Rel::kDependent);
  }
  // No cycles: a word whose head chain does not reach the root hangs from the root.
  std::vector<uint8_t> state(static_cast<size_t>(n), 0);  // 0 unseen, 1 on the current chain, 2 reaches the root
  for (int k = 0; k < n; ++k) {
    std::vector<int> chain;
    int h = k;
    while (h >= 0 && state[static_cast<size_t>(h)] == 0) {
      state[static_cast<size_t>(h)] = 1;
      chain.push_back(h);
      h = out_.words[static_cast<size_t>(h)].head;
    }
    if (h >= 0 && state[static_cast<size_t>(h)] == 1) Set(h, root_, Rel::kDependent);  // h closes a cycle
    for (int c : chain) state[static_cast<size_t>(c)] = 2;
  }
}

void Analyzer::AttachClauses() {
  const int count = static_cast<int>(chunks_.size());
  for (int c = 0; c + 2 < count; ++c) {
    // "Russia's invasion": the possessor hangs from the possessed.
    if (IsChunk(c, ChunkKind::kNominal) && IsChunk(c + 1, ChunkKind::kPossessive) && IsChunk(c + 2, ChunkKind::kNominal)) {
      Set(chunks_[static_cast<size_t>(c + 1)].head, chunks_[static_cast<size_t>(c)].head, Rel::kCase);
      Set(chunks_[static_cast<size_t>(c)].head, chunks_[static_cast<size_t>(c + 2)].head, Rel::kPossessor);
      chunks_[static_cast<size_t>(c)].attached = true;
    }
  }
  AttachCoordinationAndApposition();
  AttachPrepositions();
  for (int c = 0; c < count; ++c) {
    if (IsChunk(c, ChunkKind::kVerbal)) AttachVerb(c);
  }
  AttachLeftovers();
}

Analysis Analyzer::Run() {
  BuildChunks();
  AttachClauses();
  return std::move(out_);
}

}  // namespace geokg::syntax

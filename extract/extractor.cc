#include "extract/extractor.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/entities/actor_knowledge.h"
#include "extract/input/boilerplate.h"
#include "extract/entities/cameo_actor_code.h"
#include "extract/dictionary/dictionary.h"
#include "extract/relations/memberships.h"
#include "extract/entities/mention_rules.h"
#include "extract/entities/mentions.h"
#include "extract/relations/relation_arguments.h"
#include "extract/relations/relations.h"
#include "extract/text/relative_date.h"
#include "graph/cameo.h"
#include "graph/names.h"

namespace geokg {
namespace {

class RuleExtractor : public Extractor {
 public:
  RuleExtractor(std::unique_ptr<Dictionary> dictionary, std::string default_date)
      : dictionary_(std::move(dictionary)),
        knowledge_(*dictionary_),
        mentions_(knowledge_),
        relations_(*dictionary_),
        cameo_codes_(knowledge_),
        default_date_(std::move(default_date)) {
    const auto& actors = dictionary_->actors();
    for (size_t i = 0; i < actors.size(); ++i) {
      by_name_[NormalizeName(actors[i].id)].push_back(static_cast<int>(i));
      by_name_[NormalizeName(actors[i].name)].push_back(static_cast<int>(i));
      for (const auto& alias : actors[i].aliases) by_name_[NormalizeName(alias)].push_back(static_cast<int>(i));
    }
  }

  Status Extract(const Article& article, std::vector<Triple>* triples) const override {
    return Run(article, triples, nullptr);
  }
  Status Analyze(const Article& article, const SentenceObserver& observer) const override {
    std::vector<Triple> ignored;
    return Run(article, &ignored, &observer);
  }
  std::vector<ActorRef> LookupName(std::string_view name) const override;

 private:
  struct ArticleRun;
  Status Run(const Article& article, std::vector<Triple>* triples, const SentenceObserver* observer) const;
  // Adds `t` to the run's triples unless an equal one is there.
  void Emit(Triple&& t, ArticleRun* run) const;
  void EmitAffiliations(const Sentence& sentence, size_t index, const std::vector<Affiliation>& affiliations,
                        ArticleRun* run) const;
  // Follows quotations across sentences; where one closes with its speaker
  // named, the "we" of its earlier sentences becomes the speaker and their
  // relations are read again.
  void ReadQuotation(const Sentence& sentence, size_t index, std::vector<Mention>* found,
                     const std::vector<Affiliation>& memberships, ArticleRun* run) const;
  // Emits the event triples of `sentence` read from its mentions `found`;
  // `subject_hint` receives the actor of its first clause subject.
  void EmitRelations(const Sentence& sentence, size_t index, const std::vector<Mention>& found,
                     const RelationArguments& arguments, const std::vector<Affiliation>& memberships,
                     ArticleRun* run, ActorRef* subject_hint) const;
  Triple MakeTriple(const Article& article, const Sentence& sentence, size_t index, const std::string& date) const;
  // True when the sentence has a phrase of the discard list (PETRARCH discards).
  bool Discarded(std::string_view sentence) const;

  std::unique_ptr<Dictionary> dictionary_;
  ActorKnowledge knowledge_;
  MentionFinder mentions_;
  RelationFinder relations_;
  CameoActorCoder cameo_codes_;
  std::string default_date_;
  std::unordered_map<std::string, std::vector<int>> by_name_;
};

// The country a person serves: from the article's stated roles, else the dictionary.
std::string PersonCountry(const ActorRef& person, const ArticleContext& context) {
  for (const auto& [id, country] : context.person_countries) {
    if (id == person.id) return country;
  }
  return person.country;
}

// A state's own organ: one of its government bodies, or its armed sectors
// (military, police, intelligence: "PHL-MIL").
bool IsStateOrgan(const ActorRef& actor) {
  if (actor.type == ActorType::kGovernment) return true;
  if (actor.type != ActorType::kSector || actor.country.empty()) return false;
  const std::string_view suffix = std::string_view(actor.id).substr(std::min(actor.id.size(), actor.country.size() + 1));
  return suffix == "MIL" || suffix == "COP" || suffix == "SPY";
}

Triple RuleExtractor::MakeTriple(const Article& article, const Sentence& sentence, size_t index,
                                 const std::string& date) const {
  Triple t;
  t.doc = article.id;
  t.date = date;
  t.source = article.source;
  t.evidence.sentence = static_cast<uint32_t>(index);
  t.evidence.start = sentence.start;
  t.evidence.end = sentence.end;
  t.evidence.text = article.text.substr(sentence.start, sentence.end - sentence.start);
  return t;
}

bool RuleExtractor::Discarded(std::string_view sentence) const {
  if (dictionary_->discards().empty()) return false;
  std::string text = " ";
  for (char c : sentence) text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& phrase : dictionary_->discards()) {
    if (text.find(" " + phrase) != std::string::npos) return true;
  }
  return false;
}

// The sentences of an article read so far, and what is emitted from them.
struct RuleExtractor::ArticleRun {
  const Article& article;
  std::vector<Triple>* triples;
  ArticleContext context;
  std::set<std::tuple<std::string, std::string, std::string, int, int>> seen;
  // The sentences of a quotation still open, with their mentions: its
  // speaker, named where it closes, stands for their "we".
  struct Quoted {
    const Sentence* sentence;
    size_t index;
    std::vector<Mention> mentions;
    std::vector<Affiliation> memberships;
    size_t from;  // the first token inside the quotation
  };
  std::vector<Quoted> open_quote;
  bool quote_open = false;
  uint32_t quote_paragraph = 0;           // the paragraph of the last sentence read
  std::optional<ActorRef> quote_speaker;  // named before the quotation opened
  // Persons by id, with the state, state body or sector the article gave
  // them an office in ("Niger army chief Salifou Mody": NER-MIL), which
  // gives their CAMEO code.
  std::unordered_map<std::string, ActorRef> offices;
};

Status RuleExtractor::Run(const Article& article, std::vector<Triple>* triples, const SentenceObserver* observer) const {
  if (!IsValidUtf8(article.text)) {
    return Status::InvalidArgument(article.origin + ": text is not valid UTF-8");
  }
  std::vector<Sentence> sentences = SplitSentences(article.text);
  // Sentence indexes count every sentence of the input, boilerplate included.
  std::vector<size_t> index_of;
  {
    std::unordered_map<uint32_t, size_t> by_start;
    for (size_t i = 0; i < sentences.size(); ++i) by_start[sentences[i].start] = i;
    DropBoilerplate(&sentences);
    for (const auto& s : sentences) index_of.push_back(by_start[s.start]);
  }
  ArticleRun run{article, triples, {}, {}, {}, false, 0, std::nullopt, {}};
  run.context.date = article.date.empty() ? default_date_ : article.date;
  run.context.home_country = mentions_.HomeCountry(sentences);
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (Discarded(std::string_view(article.text).substr(sentence.start, sentence.end - sentence.start))) continue;
    std::vector<Affiliation> affiliations;
    std::vector<Mention> found = mentions_.Find(sentence, index_of[s], &run.context, &affiliations);
    const std::vector<Affiliation> memberships = FindMemberships(sentence.tokens, found, index_of[s]);
    affiliations.insert(affiliations.end(), memberships.begin(), memberships.end());
    EmitAffiliations(sentence, index_of[s], affiliations, &run);
    ReadQuotation(sentence, index_of[s], &found, memberships, &run);
    const RelationArguments arguments(sentence, found);
    if (observer) (*observer)(index_of[s], sentence, arguments.analysis());
    ActorRef subject_hint;
    EmitRelations(sentence, index_of[s], found, arguments, memberships, &run, &subject_hint);
    // Antecedents for pronouns in the next sentences.
    if (!subject_hint.id.empty()) {
      if (subject_hint.type == ActorType::kPerson) run.context.last_person = subject_hint;
      else run.context.last_actor = subject_hint;
    } else {
      for (const auto& m : found) {
        if (m.pronoun) continue;
        if (m.actor.type == ActorType::kPerson) {
          run.context.last_person = m.actor;
          break;
        }
      }
    }
  }
  return Status::OK();
}

void RuleExtractor::Emit(Triple&& t, ArticleRun* run) const {
  auto key = std::make_tuple(t.subject.id, t.predicate, t.object.id, static_cast<int>(t.polarity),
                             static_cast<int>(t.kind));
  if (!run->seen.insert(key).second) return;
  auto code = [&](const ActorRef& actor) {
    const auto office = actor.type == ActorType::kPerson ? run->offices.find(actor.id) : run->offices.end();
    return office == run->offices.end() ? cameo_codes_.Code(actor, t.date)
                                        : cameo_codes_.OfficeHolderCode(actor, office->second, t.date);
  };
  t.subject_cameo_code = code(t.subject);
  t.object_cameo_code = code(t.object);
  run->triples->push_back(std::move(t));
}

void RuleExtractor::EmitAffiliations(const Sentence& sentence, size_t index, const std::vector<Affiliation>& affiliations,
                                     ArticleRun* run) const {
  for (const auto& a : affiliations) {
    if (a.person.id == a.org.id) continue;
    std::string country = a.org.type == ActorType::kCountry ? a.org.id : a.org.country;
    if (!country.empty()) run->context.person_countries.emplace_back(a.person.id, country);
    if (!a.event && a.person.type == ActorType::kPerson && !country.empty() &&
        (a.org.type == ActorType::kCountry || a.org.type == ActorType::kGovernment ||
         a.org.type == ActorType::kSector)) {
      run->offices.emplace(a.person.id, a.org);
    }
    Triple t = MakeTriple(run->article, sentence, index, run->context.date);
    t.subject = a.person;
    t.object = a.org;
    t.predicate = a.role;
    t.kind = a.event ? RelationKind::kEvent : RelationKind::kAffiliation;
    if (a.event) {
      t.cameo = relations_.CodeOf(a.role);
      t.quad = QuadClassOfCameo(t.cameo);
      if (const CameoCode* code = dictionary_->Cameo(t.cameo)) t.goldstein = code->goldstein;
    }
    Emit(std::move(t), run);
  }
}

void RuleExtractor::ReadQuotation(const Sentence& sentence, size_t index, std::vector<Mention>* found,
                                  const std::vector<Affiliation>& memberships, ArticleRun* run) const {
  const auto& t = sentence.tokens;
  const mention_rules::SayingVerb is_saying = [this](const std::string& w) { return relations_.IsSpeechForm(w); };
  std::vector<size_t> marks;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].text == "\"") marks.push_back(k);
  }
  size_t from = 0;  // the first token after a quotation that closes here
  if (run->quote_open && sentence.paragraph != run->quote_paragraph) {
    // A quotation left open ends with its paragraph: a "we" further on is
    // nobody's by it.
    run->quote_open = false;
    run->quote_speaker.reset();
    run->open_quote.clear();
  }
  run->quote_paragraph = sentence.paragraph;
  if (run->quote_open) {
    const size_t end = marks.empty() ? t.size() : marks[0];
    if (run->quote_speaker) {
      mention_rules::AddSpeakerAsWe(t, 0, end, *run->quote_speaker, found);
    } else if (marks.empty()) {
      run->open_quote.push_back({&sentence, index, *found, memberships, 0});
    } else if (const int speaker = mention_rules::SpeakerAfterQuote(t, *found, marks[0], is_saying); speaker >= 0) {
      // The speaker named where the quotation closes stands for the "we"
      // of its earlier sentences, which are read again with it.
      const ActorRef actor = (*found)[static_cast<size_t>(speaker)].actor;
      mention_rules::AddSpeakerAsWe(t, 0, end, actor, found);
      for (auto& quoted : run->open_quote) {
        const auto& qt = quoted.sentence->tokens;
        if (!mention_rules::AddSpeakerAsWe(qt, quoted.from, qt.size(), actor, &quoted.mentions)) continue;
        const RelationArguments arguments(*quoted.sentence, quoted.mentions);
        ActorRef ignored;
        EmitRelations(*quoted.sentence, quoted.index, quoted.mentions, arguments, quoted.memberships, run, &ignored);
      }
    }
    if (marks.empty()) return;
    run->quote_open = false;
    run->quote_speaker.reset();
    run->open_quote.clear();
    from = marks[0] + 1;
    marks.erase(marks.begin());
  }
  mention_rules::AddQuotedSpeakers(t, from, is_saying, found);
  if (marks.size() % 2 == 0) return;
  // A quotation opens here and goes on in the next sentences.
  run->quote_open = true;
  if (const int speaker = mention_rules::SpeakerBeforeQuote(t, *found, marks.back(), is_saying); speaker >= 0) {
    run->quote_speaker = (*found)[static_cast<size_t>(speaker)].actor;
    mention_rules::AddSpeakerAsWe(t, marks.back() + 1, t.size(), *run->quote_speaker, found);
  } else {
    run->open_quote.push_back({&sentence, index, *found, memberships, marks.back() + 1});
  }
}

// Whether `hit` is a state's (or a person's) own administration rather than
// a relation between actors.
bool IsOwnAdministration(const RelationHit& hit, const std::vector<Affiliation>& memberships,
                         const ArticleContext& context) {
  // A person acting on the state they serve is a role, not an event; so is
  // a state acting on its own official ("Australia sent its minister").
  if (hit.subject.type == ActorType::kPerson && hit.object.type == ActorType::kCountry &&
      PersonCountry(hit.subject, context) == hit.object.id) {
    return true;
  }
  if (hit.object.type == ActorType::kPerson && hit.subject.type == ActorType::kCountry &&
      PersonCountry(hit.object, context) == hit.subject.id) {
    return true;
  }
  // Likewise a body of a state ("Iran's UN mission warned Iran" is a misreading),
  // and a state acting on its own organs: what it does to its forces
  // ("sailed to deliver supplies to Filipino forces", "mobilised its army") is
  // its own administration, not a relation between actors.
  if (hit.subject.type == ActorType::kGovernment && hit.object.type == ActorType::kCountry &&
      hit.subject.country == hit.object.id) {
    return true;
  }
  if (hit.subject.type == ActorType::kCountry && IsStateOrgan(hit.object) && hit.object.country == hit.subject.id) {
    return true;
  }
  // "NATO ally Greece" states a membership, not an alliance NATO formed.
  return std::any_of(memberships.begin(), memberships.end(), [&](const Affiliation& a) {
    return (a.person.id == hit.object.id && a.org.id == hit.subject.id) ||
           (a.person.id == hit.subject.id && a.org.id == hit.object.id);
  });
}

void RuleExtractor::EmitRelations(const Sentence& sentence, size_t index, const std::vector<Mention>& found,
                                  const RelationArguments& arguments, const std::vector<Affiliation>& memberships,
                                  ArticleRun* run, ActorRef* subject_hint) const {
  std::string event_date = ResolveEventDate(sentence.tokens, run->context.date);
  for (auto& hit : relations_.Find(sentence, found, arguments, subject_hint)) {
    if (IsOwnAdministration(hit, memberships, run->context)) continue;
    Triple t = MakeTriple(run->article, sentence, index, event_date);
    t.subject = hit.subject;
    t.object = hit.object;
    t.predicate = hit.predicate;
    t.polarity = hit.polarity;
    t.modality = hit.modality;
    t.cameo = hit.cameo;
    t.quad = QuadClassOfCameo(hit.cameo);
    if (const CameoCode* code = dictionary_->Cameo(hit.cameo)) t.goldstein = code->goldstein;
    Emit(std::move(t), run);
  }
}

std::vector<ActorRef> RuleExtractor::LookupName(std::string_view name) const {
  std::vector<ActorRef> out;
  auto it = by_name_.find(NormalizeName(name));
  if (it == by_name_.end()) return out;
  std::set<std::string> ids;
  for (int index : it->second) {
    ActorRef ref = knowledge_.Ref(index);
    if (ids.insert(ref.id).second) out.push_back(ref);
  }
  return out;
}

}  // namespace

Status Extractor::Create(const ExtractorOptions& options, std::unique_ptr<Extractor>* extractor) {
  auto dictionary = std::make_unique<Dictionary>();
  Status s = Dictionary::Load(options.dictionary_paths, dictionary.get());
  if (!s.ok()) return s;
  *extractor = std::make_unique<RuleExtractor>(std::move(dictionary), options.default_date);
  return Status::OK();
}

}  // namespace geokg

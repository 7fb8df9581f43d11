#include "dyad/parse/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

#include "dyad/base/hash.h"
#include "dyad/base/text.h"
#include "dyad/parse/function_words.h"

namespace dyad {
namespace {

// The function words the context rules single out by name. Which one a word
// is is a fact of its spelling, told once, so the rules compare a byte
// instead of strings at every use.
enum class Key : uint8_t {
  kNone, kA, kAfter, kAll, kAn, kAs, kBefore, kBoth, kBy, kDo, kDown, kEach, kHave, kHer, kI, kLess, kLike,
  kMore, kMost, kOf, kOff, kOut, kPossessive, kSuch, kThat, kThe, kThere, kUp, kWhat,
};

Key KeyOf(std::string_view lower) {
  static constexpr std::pair<std::string_view, Key> kKeys[] = {
      {"a", Key::kA},       {"after", Key::kAfter}, {"all", Key::kAll},   {"an", Key::kAn},       {"as", Key::kAs},
      {"before", Key::kBefore}, {"both", Key::kBoth}, {"by", Key::kBy}, {"do", Key::kDo},     {"down", Key::kDown},
      {"each", Key::kEach}, {"have", Key::kHave},   {"her", Key::kHer},   {"i", Key::kI},         {"less", Key::kLess},
      {"like", Key::kLike}, {"more", Key::kMore},   {"most", Key::kMost}, {"of", Key::kOf},       {"off", Key::kOff},
      {"out", Key::kOut},   {"'s", Key::kPossessive}, {"such", Key::kSuch}, {"that", Key::kThat}, {"the", Key::kThe},
      {"there", Key::kThere}, {"up", Key::kUp},     {"what", Key::kWhat}};
  for (const auto& [word, key] : kKeys) {
    if (word == lower) return key;
  }
  return Key::kNone;
}

// Which suffix an unknown word's tag is guessed from: the first of these its
// lower case ends in, with at least two characters before the suffix (one
// for kPrefix). The suffixes end in different letters, so a word has at most
// one of them.
enum class GuessSuffix : uint8_t {
  kNone,
  kPrefix,     // a hyphen: "anti-"
  kLy,         // an adverb
  kIng,
  kEd,
  kAdjective,  // "-ous", "-ful", "-ive", "-al", "-ic", "-able" ...
  kPlural,     // "-s", but not "-ss", "-us", "-is"
};

}  // namespace

// What the tagger learns of a word from its spelling alone, the same in
// every sentence.
struct PosTagger::WordFacts {
  bool capitalised = false;  // first character an ASCII capital
  bool non_ascii = false;
  bool number = false;
  bool hyphenated = false;
  bool letters = false;    // holds an ASCII letter
  // Two or more letters, none lower case, or a single capital letter:
  // counts towards a headline.
  bool caps = false;
  // Empty, or not a function word and beginning with none of an ASCII
  // letter, a digit and a non-ASCII byte: a symbol, when not punctuation.
  bool symbol = false;
  // lex.known(), kept: it ORs ten counts, and Tag asks it of most words.
  bool known = false;
  // Capitalised and, if a function word, in capitals ("US", not "I"): a
  // proper noun mid-sentence.
  bool capitalised_name = false;
  // ... and also first in the sentence: the lexicon does not know it, or
  // only as a rare noun (RareNounOnly).
  bool name_when_first = false;
  bool verb_form = false;  // a verb-dictionary form
  bool bare_clause = false;  // TakesBareClause
  bool opens_clause = false;  // OpensClause
  bool day = false;  // IsDayWord
  bool before_prepositional_to = false;  // PrepositionalTo
  // What the lower case ends in (EndsWith; "s" also for "ss").
  bool ends_s = false, ends_ss = false, ends_ly = false, ends_ed = false, ends_ing = false;
  // Of function words only (false or kNone for the rest):
  Key key = Key::kNone;
  bool singular_determiner = false;  // SingularDeterminer
  bool month = false;  // IsMonthWord: "May"
  // Of capitalised words that may be adjectives only: "-an", "-ese", "-ish"
  // ... ("French", "Russian").
  bool nationality_suffix = false;
  // Of words the lexicon does not know only.
  GuessSuffix guess_suffix = GuessSuffix::kNone;
  // Where the actor and agent phrases beginning with the word go on
  // (PhraseTrie::FirstNode of ActorDict::phrases, AgentDict::phrases).
  PhraseTrie::NodeId actor_node = PhraseTrie::kNoNode, agent_node = PhraseTrie::kNoNode;
  PosTag punctuation = PosTag::kSYM;  // PunctuationTag
  const FunctionWord* function = nullptr;
  WordAnalysis lex;
  TokenId id = kNoToken;  // in the dictionaries' vocabulary
  // What Tag reports as the id of the word's tree norm (ParseTree::norm):
  // id when the word is ASCII, so the upper case looked up is all the norm
  // does to it, else kNotLookedUp.
  TokenId norm_id = kNotLookedUp;
};

struct PosTagger::Word : WordFacts {
  std::string_view text;
  bool in_actor = false;  // inside an actor or agent phrase of the dictionaries
  bool phrase_modifier = false;  // ... and not the last word of a multi-word one
};

namespace {

using T = PosTag;

bool IsNumberWord(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (IsDigit(c)) digit = true;
    else if (c != ',' && c != '.' && c != '-' && c != '/' && c != ':') return false;
  }
  return digit;
}

// Tags of punctuation in PTB form; kSYM when not punctuation at all.
PosTag PunctuationTag(std::string_view w) {
  if (w == "," ) return T::kComma;
  if (w == "." || w == "!" || w == "?") return T::kPeriod;
  if (w == ":" || w == ";" || w == "--" || w == "-" || w == "..." ) return T::kColon;
  if (w == "``" || w == "`") return T::kOpenQuote;
  if (w == "''" || w == "'" || w == "\"") return T::kCloseQuote;
  if (w == "-LRB-" || w == "(" || w == "[" || w == "{" || w == "-LSB-" || w == "-LCB-") return T::kLeftBracket;
  if (w == "-RRB-" || w == ")" || w == "]" || w == "}" || w == "-RSB-" || w == "-RCB-") return T::kRightBracket;
  if (w == "$") return T::kDollar;
  if (w == "#") return T::kHash;
  return T::kSYM;
}

bool EndsIn(std::string_view w, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view s : suffixes) {
    if (w.size() > s.size() + 1 && EndsWith(w, s)) return true;
  }
  return false;
}

GuessSuffix GuessSuffixOf(std::string_view lower) {
  if (lower.size() > 2 && lower.back() == '-') return GuessSuffix::kPrefix;
  if (EndsIn(lower, {"ly"})) return GuessSuffix::kLy;
  if (EndsIn(lower, {"ing"})) return GuessSuffix::kIng;
  if (EndsIn(lower, {"ed"})) return GuessSuffix::kEd;
  if (EndsIn(lower, {"ous", "ful", "ive", "al", "ic", "able", "ible", "ish", "less", "ian", "ese", "ary"})) {
    return GuessSuffix::kAdjective;
  }
  if (EndsIn(lower, {"s"}) && !EndsIn(lower, {"ss", "us", "is"})) return GuessSuffix::kPlural;
  return GuessSuffix::kNone;
}

// Whether the function word `f` (`lower`) opens a clause: after it a new
// subject may come.
bool OpensClause(const FunctionWord* f, std::string_view lower) {
  static constexpr std::string_view kOpeners[] = {"which", "who", "whom", "where", "whose", "and", "but", "or"};
  return f != nullptr &&
         (f->subordinator || std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners));
}

// Words after which "to" is a preposition, not the mark of an infinitive.
bool PrepositionalTo(std::string_view lower) {
  static constexpr std::string_view kBefore[] = {"according", "prior", "thanks", "owing", "next", "close"};
  return std::find(std::begin(kBefore), std::end(kBefore), lower) != std::end(kBefore);
}

// Determiners of a singular noun.
bool SingularDeterminer(std::string_view lower) {
  static constexpr std::string_view kDeterminers[] = {"a", "an", "each", "every", "another", "this"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), lower) != std::end(kDeterminers);
}

// A noun never seen in WordNet's tagged corpus and nothing else: mostly
// names ("ethiopia"), so a capital letter means a proper noun.
bool RareNounOnly(const WordAnalysis& a) {
  return a.noun == 1 && a.plural_noun == 0 && a.any_verb() == 0 && a.adj == 0 && a.adv == 0;
}

// Classes of tags the context rules test at every word: one lookup in a
// table each, instead of a chain of comparisons.
enum TagClass : uint8_t {
  kFinite = 1,          // a finite verb or a modal
  kSubject = 2,         // may be a clause's subject
  kDeterminerLike = 4,  // determiner, possessive, predeterminer or adjective
  kNounGroup = 8,       // kDeterminerLike, a number, noun or adverb: a noun group goes on
};

constexpr std::array<uint8_t, kPosTagCount> kTagClasses = [] {
  std::array<uint8_t, kPosTagCount> classes{};
  for (int i = 0; i < kPosTagCount; ++i) {
    const PosTag t = static_cast<PosTag>(i);
    uint8_t& c = classes[i];
    if (t == T::kVBD || t == T::kVBZ || t == T::kVBP || t == T::kMD) c |= kFinite;
    if (IsNounTag(t) || t == T::kPRP || t == T::kCD || t == T::kWDT || t == T::kWP || t == T::kEX) c |= kSubject;
    if (t == T::kDT || t == T::kPRPS || t == T::kPOS || t == T::kPDT || t == T::kWPS || IsAdjectiveTag(t)) {
      c |= kDeterminerLike;
    }
    if ((c & kDeterminerLike) || t == T::kCD || IsNounTag(t) || IsAdverbTag(t)) c |= kNounGroup;
  }
  return classes;
}();

bool HasClass(PosTag t, TagClass c) { return (kTagClasses[static_cast<size_t>(t)] & c) != 0; }
bool IsFiniteVerbTag(PosTag t) { return HasClass(t, kFinite); }
bool IsSubjectTag(PosTag t) { return HasClass(t, kSubject); }
bool IsDeterminerLike(PosTag t) { return HasClass(t, kDeterminerLike); }

}  // namespace

uint64_t PosTagger::NextId() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

PosTagger::WordFacts PosTagger::Learn(std::string_view text) const {
  WordFacts f;
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  bool lower_seen = false;
  size_t letter_count = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c >= 'a' && c <= 'z') lower_seen = true;
    if (IsAsciiAlpha(c)) ++letter_count;
    if (static_cast<unsigned char>(c) >= 0x80) f.non_ascii = true;
    if (c == '-' && k > 0 && k + 1 < text.size()) f.hyphenated = true;
  }
  f.capitalised = !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
  const bool all_caps = letter_count >= 2 && !lower_seen;
  f.letters = letter_count > 0;
  f.caps = all_caps || (f.capitalised && text.size() == 1);
  f.number = IsNumberWord(text);
  f.function = FindFunctionWord(lower);
  f.bare_clause = TakesBareClause(lower);
  f.opens_clause = OpensClause(f.function, lower);
  f.punctuation = PunctuationTag(text);
  if (lexicon_ != nullptr && f.letters && f.function == nullptr) f.lex = lexicon_->Analyze(lower);
  f.day = IsDayWord(lower);
  f.before_prepositional_to = PrepositionalTo(lower);
  f.ends_s = EndsWith(lower, "s");
  f.ends_ss = EndsWith(lower, "ss");
  f.ends_ly = EndsWith(lower, "ly");
  f.ends_ed = EndsWith(lower, "ed");
  f.ends_ing = EndsWith(lower, "ing");
  // The facts below hold only for some words, and only those are asked.
  if (f.function != nullptr) {
    f.key = KeyOf(lower);
    f.singular_determiner = SingularDeterminer(lower);
    f.month = IsMonthWord(lower);
  }
  if (f.capitalised && f.lex.adj > 0) f.nationality_suffix = EndsIn(lower, {"an", "ese", "ic", "ish", "i", "ch"});
  f.known = f.lex.known();
  if (!f.known) f.guess_suffix = GuessSuffixOf(lower);
  f.symbol = text.empty() || (f.function == nullptr && !IsAsciiAlpha(text[0]) && !IsDigit(text[0]) && !f.non_ascii);
  f.capitalised_name =
      f.capitalised && (f.function == nullptr || (all_caps && text.size() > 1 && f.key != Key::kI));
  f.name_when_first = f.capitalised_name && (!f.known || RareNounOnly(f.lex));
  // Dictionary phrases are made of words; punctuation is looked up in vain.
  if (dicts_.vocabulary != nullptr && !text.empty() &&
      (IsAsciiAlpha(text[0]) || IsDigit(text[0]) || static_cast<unsigned char>(text[0]) >= 0x80)) {
    std::string upper(text);
    for (char& c : upper) c = AsciiUpper(c);
    f.id = dicts_.vocabulary->Find(upper);
    if (!f.non_ascii) f.norm_id = f.id;
  }
  if (dicts_.vocabulary != nullptr && dicts_.verbs != nullptr) f.verb_form = !dicts_.verbs->ExactForms({&f.id, 1}).empty();
  if (dicts_.actors != nullptr) f.actor_node = dicts_.actors->phrases().FirstNode(f.id);
  if (dicts_.agents != nullptr) f.agent_node = dicts_.agents->phrases().FirstNode(f.id);
  return f;
}

[[gnu::always_inline]] inline const PosTagger::WordFacts& PosTagger::Facts(std::string_view text) const {
  // News repeats its words: each thread remembers the facts of recent ones
  // in sets of two slots, so that two frequent words
  // sharing a set do not keep evicting each other.
  struct Memory {
    uint64_t tagger = 0;  // id_; 0: empty
    uint8_t size = 0;
    char word[23];
    WordFacts facts;
  };
  constexpr size_t kSlots = 8192;
  thread_local std::array<Memory, kSlots> memory;
  const uint64_t hash = HashWord(text);
  Memory* set = &memory[hash & (kSlots - 2)];
  if (text.size() > sizeof(Memory::word)) {  // not remembered: a slot only lends room
    set->tagger = 0;
    set->facts = Learn(text);
    return set->facts;
  }
  for (Memory* m : {set, set + 1}) {
    if (m->tagger == id_ && m->size == text.size() && SameBytes(m->word, text.data(), text.size())) {
      return m->facts;
    }
  }
  Memory& m = set[hash >> 63];  // the slot to replace, by another bit of the hash
  m.facts = Learn(text);
  m.tagger = id_;
  m.size = static_cast<uint8_t>(text.size());
  std::memcpy(m.word, text.data(), text.size());
  return m.facts;
}

uint64_t PosTagger::MarkDictionaryPhrases(std::span<Word> words, std::span<const TokenId> ids) const {
  if (dicts_.vocabulary == nullptr) return 0;
  uint64_t work = ids.size();
  for (size_t i = 0; i < ids.size(); ++i) {
    // Where the phrases beginning here go on is a fact of the word; most
    // words begin none.
    const Word& x = words[i];
    if (x.actor_node == PhraseTrie::kNoNode && x.agent_node == PhraseTrie::kNoNode) continue;
    std::span<const TokenId> rest(ids.data() + i, ids.size() - i);
    size_t length = 0;
    std::span<const uint32_t> phrase_ids;  // not needed: only the length marks words
    if (x.actor_node != PhraseTrie::kNoNode) {
      length = dicts_.actors->phrases().LongestMatchAt(x.actor_node, rest, &phrase_ids);
    }
    if (x.agent_node != PhraseTrie::kNoNode) {
      length = std::max(length, dicts_.agents->phrases().LongestMatchAt(x.agent_node, rest, &phrase_ids));
    }
    // Phrase matching is bounded by the longest dictionary phrase, so this
    // stays linear in the sentence.
    work += length;
    for (size_t k = i; k < i + length; ++k) {
      words[k].in_actor = true;
      words[k].phrase_modifier |= k + 1 < i + length;
    }
  }
  return work;
}

uint64_t PosTagger::Tag(std::span<const std::string_view> words, std::vector<PosTag>* tags,
                        std::vector<TokenId>* norm_ids) const {
  const size_t n = words.size();
  tags->assign(n, T::kNN);
  if (norm_ids != nullptr) norm_ids->resize(n);
  TokenId* const norm_id_out = norm_ids != nullptr ? norm_ids->data() : nullptr;
  if (n == 0) return 0;
  uint64_t work = 0;
  thread_local std::vector<Word> w;  // per-thread scratch, reused; the loop below sets every field
  w.resize(n);
  thread_local std::vector<TokenId> ids;  // w[i].id, as the phrase dictionaries take them
  ids.resize(n);
  size_t letters_words = 0, caps_words = 0;
  for (size_t i = 0; i < n; ++i) {
    Word& x = w[i];
    x.text = words[i];
    static_cast<WordFacts&>(x) = Facts(x.text);
    x.in_actor = x.phrase_modifier = false;
    ids[i] = x.id;
    if (norm_id_out != nullptr) norm_id_out[i] = x.norm_id;
    work += x.text.size() + 1;
    if (x.letters) {
      ++letters_words;
      if (x.caps) ++caps_words;
    }
  }
  work += MarkDictionaryPhrases(w, ids);
  // A headline or wire text in capitals says nothing by its capitals.
  const bool headline = letters_words >= 3 && caps_words * 10 >= letters_words * 8;

  bool finite_seen = false;  // a finite verb in the current clause
  bool sentence_finite = false;  // one anywhere so far
  bool subject_seen = false;  // a noun outside any PP in the current clause, before its verbs
  size_t clause_start = 0;    // where the current clause began
  size_t last_verb_at = n;    // the latest verb's position; n: none yet
  // No subject after a verb of its clause: "making a decisive turn".
  auto verb_in_clause = [&] { return last_verb_at != n && last_verb_at >= clause_start; };
  bool in_pp = false;         // the words so far since a preposition make up its object
  PosTag last_verb = T::kPeriod;  // the latest verb or modal
  // A relative clause set off by commas (", who had been arrested ,") is
  // inside its clause: the clause's state before it comes back after it.
  struct ClauseState {
    bool subject = false, finite = false;
  };
  ClauseState before_comma, before_relative;
  bool relative_open = false;
  size_t resumed_at = n;  // the comma closing a relative clause
  size_t first_word = 0;     // the sentence's first word, past opening quotes and brackets
  while (first_word < n && w[first_word].punctuation != T::kSYM) ++first_word;

  // The latest token whose settled tag is not an adverb; n: none yet.
  size_t content_at = n;
  auto aux_of = [](const Word* x) { return x && x->function ? x->function->auxiliary : Auxiliary::kNone; };
  // Whether the word after i can head a noun phrase.
  auto nouny_next = [&](size_t i) {
    if (i + 1 >= n) return false;
    const Word& nx = w[i + 1];
    if (nx.function) return false;
    if (nx.number || nx.in_actor || (nx.capitalised && !headline)) return true;
    // An inflected verb ("said", "taking") rather than a noun or adjective.
    if (std::max(nx.lex.verb_ed, nx.lex.verb_ing) > std::max<uint16_t>(nx.lex.any_noun(), nx.lex.adj)) return false;
    // No noun, and a determiner or pronoun after it: a verb taking its
    // object ("the capital alleged that ...").
    if (nx.lex.any_noun() == 0 && i + 2 < n && w[i + 2].function &&
        (w[i + 2].key == Key::kThat || w[i + 2].function->tag == T::kDT || w[i + 2].function->tag == T::kPRPS ||
         w[i + 2].function->tag == T::kPRP))
      return false;
    return nx.lex.any_noun() > 0 || nx.lex.adj > 0 || (!nx.lex.known() && !nx.non_ascii && IsAsciiAlpha(nx.text[0]));
  };

  // Whether a verb at j has an object or clause after it: a determiner,
  // pronoun, possessive, "that", a number or a name.
  auto complement_after = [&](size_t j) {
    if (j + 1 >= n) return false;
    const Word& z = w[j + 1];
    if (z.number || (z.capitalised && !headline)) return true;
    return z.function && (z.key == Key::kThat || z.function->tag == T::kDT || z.function->tag == T::kPRPS ||
                          z.function->tag == T::kPRP);
  };
  // Whether the -ed form at i, after a noun, modifies it rather than being
  // its clause's verb: "the city attacked by rebels", "a report released
  // Tuesday in the capital alleged that ...". It takes no object and is
  // followed, within a short phrase of prepositions, nouns and modifiers, by
  // an auxiliary or by a verb with a complement of its own.
  auto participle_before_verb = [&](size_t i) {
    if (i + 1 >= n) return false;
    const Word& nx = w[i + 1];
    if (nx.key == Key::kBy) return i + 2 < n && !w[i + 2].ends_ing;
    const bool preposition = nx.function && (nx.function->tag == T::kIN || nx.function->tag == T::kTO) &&
                             !nx.opens_clause;
    if (!preposition && !nx.day) return false;
    for (size_t j = i + 2; j < n && j <= i + 12; ++j) {
      ++work;
      const Word& y = w[j];
      if (y.function) {
        const PosTag t = y.function->tag;
        if (y.function->auxiliary != Auxiliary::kNone || t == T::kMD) return true;
        const bool preposition_word = t == T::kIN && !y.opens_clause;
        if (preposition_word || t == T::kTO || t == T::kDT || t == T::kPRPS || t == T::kPOS) continue;
        return false;
      }
      if (y.number) continue;
      const bool after_determiner = w[j - 1].function && w[j - 1].function->tag == T::kDT;
      if (!after_determiner && ((y.lex.verb_ed > 0 && y.lex.verb_ed >= y.lex.any_noun()) ||
                                (y.lex.verb_s > 0 && y.lex.plural_noun == 0))) {
        return complement_after(j);
      }
      if (y.lex.any_noun() == 0 && y.lex.adj == 0 && !y.capitalised && y.lex.known()) return false;
      if (y.punctuation != T::kSYM) return false;
    }
    return false;
  };

  // Whether the noun group ending before i was opened by a determiner of a
  // singular noun ("an arms embargo"); looks back at most 6 words.
  auto in_singular_group = [&](size_t i) {
    for (size_t k = i; k-- > 0 && k + 6 >= i;) {
      ++work;
      const PosTag t = (*tags)[k];
      if (t == T::kDT) return w[k].singular_determiner;
      if (!(IsNounTag(t) || IsAdjectiveTag(t) || t == T::kCD)) return false;
    }
    return false;
  };

  for (size_t i = 0; i < n; ++i) {
    if (i > 0) {
      const PosTag last = (*tags)[i - 1];
      if (!IsAdverbTag(last)) content_at = i - 1;
      if (IsFiniteVerbTag(last)) sentence_finite = true;
      if (IsVerbTag(last) || last == T::kMD) {
        last_verb = last;
        last_verb_at = i - 1;
      }
      if ((last == T::kIN && !w[i - 1].opens_clause) || last == T::kTO) {
        in_pp = true;
      } else if (!HasClass(last, kNounGroup)) {
        in_pp = false;
      } else if (IsNounTag(last) && !in_pp && !finite_seen && !verb_in_clause()) {
        subject_seen = true;
      }
      // "said Gondor attacked", "hoped officials would": a clause of its own.
      if (IsVerbTag(last) && w[i - 1].bare_clause && w[i].key != Key::kThat) {
        finite_seen = subject_seen = false;
        clause_start = i;
      }
    }
    Word& x = w[i];
    PosTag prev = i > 0 ? (*tags)[i - 1] : T::kPeriod;
    const Word* prev_word = i > 0 ? &w[i - 1] : nullptr;
    // The nearest earlier token that is not an adverb; work counts the
    // tokens back to it.
    const PosTag prev_content = content_at != n ? (*tags)[content_at] : T::kPeriod;
    const Word* const prev_content_word = content_at != n ? &w[content_at] : nullptr;
    work += content_at != n ? i - content_at : i;
    PosTag& out = (*tags)[i];
    PosTag punct = x.punctuation;
    if (x.number) {
      out = T::kCD;
      continue;
    }
    if (punct != T::kSYM) {
      out = punct;
      if (punct == T::kComma && relative_open) {
        subject_seen = before_relative.subject;
        finite_seen = before_relative.finite;
        relative_open = false;
        resumed_at = i;
      } else if (punct == T::kComma || punct == T::kColon || punct == T::kPeriod) {
        if (punct == T::kComma) before_comma = {subject_seen, finite_seen};
        relative_open = false;
        finite_seen = subject_seen = false;
        clause_start = i + 1;
      }
      continue;
    }
    if (x.symbol) {
      out = T::kSYM;
      continue;
    }
    const bool mid_sentence = i > first_word && !(prev == T::kOpenQuote || prev == T::kColon || prev == T::kLeftBracket);
    const bool proper_looking = !headline && (mid_sentence ? x.capitalised_name : x.name_when_first);
    if (x.function != nullptr && !proper_looking && !(x.capitalised && mid_sentence && !headline && x.month)) {
      const FunctionWord& f = *x.function;
      out = f.tag;
      const Key key = x.key;
      if (key == Key::kThat) {
        const Word* nx = i + 1 < n ? &w[i + 1] : nullptr;
        bool next_verbish = nx && ((nx->function && (nx->function->tag == T::kMD || nx->function->auxiliary != Auxiliary::kNone)) ||
                                   (!nx->function && nx->lex.any_verb() > nx->lex.any_noun() && !nx->capitalised));
        if (IsNounTag(prev) && next_verbish) out = T::kWDT;
        else if (!IsVerbTag(prev) && nx && !nx->function && !nx->capitalised && nx->lex.any_noun() > 0 && !next_verbish && prev != T::kComma) out = T::kDT;
        else out = T::kIN;
      } else if (key == Key::kPossessive) {
        if (prev == T::kPRP || (prev_word && (prev_word->key == Key::kThat || prev_word->key == Key::kThere || prev_word->key == Key::kWhat))) out = T::kVBZ;
      } else if (key == Key::kMore || key == Key::kMost || key == Key::kLess) {
        const Word* nx = i + 1 < n ? &w[i + 1] : nullptr;
        if (nx && (nx->lex.adj > 0 || nx->lex.adv > 0) && nx->lex.any_noun() == 0) out = key == Key::kMost ? T::kRBS : T::kRBR;
        else if (nx && (nx->function && nx->function->tag == T::kIN)) out = key == Key::kMost ? T::kJJS : T::kJJR;
      } else if (key == Key::kUp || key == Key::kOut || key == Key::kOff || key == Key::kDown) {
        out = IsVerbTag(prev) || (IsNounTag(prev) && i >= 2 && IsVerbTag((*tags)[i - 2])) ? T::kRP : T::kIN;
        if (key == Key::kOut && i + 1 < n && w[i + 1].key == Key::kOf) out = T::kIN;
      } else if (key == Key::kLike && (prev == T::kMD || prev == T::kTO || prev == T::kPRP)) {
        out = prev == T::kPRP ? T::kVBP : T::kVB;
      } else if (f.auxiliary != Auxiliary::kNone && (prev_content == T::kMD || prev_content == T::kTO)) {
        out = T::kVB;
      } else if (key == Key::kHave || key == Key::kDo) {
        out = T::kVBP;
      } else if (key == Key::kSuch && i + 1 < n && (w[i + 1].key == Key::kA || w[i + 1].key == Key::kAn)) {
        out = T::kPDT;  // "such a step"
      } else if ((key == Key::kAll || key == Key::kBoth || key == Key::kEach) && i + 1 < n && (w[i + 1].key == Key::kThe || w[i + 1].punctuation != T::kSYM)) {
        out = key == Key::kAll ? T::kPDT : T::kDT;
      } else if (key == Key::kAs && i + 1 < n && w[i + 1].lex.adj > 0 && i + 2 < n && w[i + 2].key == Key::kAs) {
        out = T::kRB;
      } else if (key == Key::kThere && !(i + 1 < n && w[i + 1].function && w[i + 1].function->auxiliary == Auxiliary::kBe)) {
        out = T::kRB;
      } else if (key == Key::kHer && (IsVerbTag(prev) || prev == T::kIN || prev == T::kTO) && !nouny_next(i)) {
        out = T::kPRP;
      } else if (key == Key::kBefore || key == Key::kAfter) {
        if (i + 1 >= n || w[i + 1].punctuation != T::kSYM) out = T::kRB;
      }
      if (IsVerbTag(out) && out != T::kVBG && out != T::kVBN && out != T::kVB) finite_seen = true;
      if (out == T::kMD) finite_seen = true;
      if (out == T::kPRP && !in_pp && !finite_seen && !verb_in_clause()) subject_seen = true;
      if ((out == T::kWDT || out == T::kWP) && prev == T::kComma) {
        before_relative = before_comma;
        relative_open = true;
      }
      if (x.opens_clause || out == T::kWDT || out == T::kWP) {
        finite_seen = subject_seen = false;
        clause_start = i + 1;
      }
      continue;
    }
    // Open-class word.
    const WordAnalysis& a = x.lex;
    uint16_t noun = a.any_noun(), adj = std::max({a.adj, a.adj_er, a.adj_est});
    uint16_t verb = a.any_verb();
    if (x.verb_form && verb == 0 && !x.in_actor) {
      if (x.ends_ed) x.lex.verb_ed = 1;
      else if (x.ends_ing) x.lex.verb_ing = 1;
      else if (x.ends_s) x.lex.verb_s = 1;
      else x.lex.verb = 1;
      verb = 1;
    }
    const bool plural_form = a.plural_noun > a.noun ||
                             (a.plural_noun > 0 && !IsNounTag(prev) && x.ends_s && !x.ends_ss);
    const Auxiliary aux = aux_of(prev_content_word);
    // A noun inside the object of a preposition, before the clause has a
    // subject, is no subject itself: "in remarks published on Monday". With
    // a subject before it, the verb is the clause's: "Arnor on Thursday
    // signed", "goats of Gondor warned".
    const bool object_of_preposition = IsNounTag(prev) && in_pp && !subject_seen;
    const bool after_subject = (IsSubjectTag(prev_content) && !finite_seen && !object_of_preposition) ||
                               (resumed_at + 1 == i && subject_seen && !finite_seen);
    // Nationalities and the like before a noun or adjective: "French
    // troops", "Russian police", "French political and military officials".
    const bool modifiable_next = i + 1 < n && !w[i + 1].function &&
                                 (w[i + 1].lex.any_noun() > 0 || w[i + 1].lex.adj > 0 || w[i + 1].capitalised);
    if (x.capitalised && !headline && a.adj > 0 && modifiable_next &&
        x.nationality_suffix) {
      out = T::kJJ;
      continue;
    }
    if (proper_looking || (x.in_actor && x.capitalised && !headline) ||
        (x.non_ascii && !x.lex.known())) {
      out = T::kNNP;
      if (x.capitalised && mid_sentence && x.ends_s && a.plural_noun > 0 && a.noun == 0) out = T::kNNPS;
      continue;
    }
    // Inside a multi-word phrase ("foreign minister", "human rights"), the
    // words before the last modify it and the last is its noun.
    const bool phrase_word = x.in_actor && (x.phrase_modifier || (i > 0 && w[i - 1].phrase_modifier));
    if (x.phrase_modifier && a.adj > 0 && !x.capitalised) {
      out = T::kJJ;
      continue;
    }
    if (x.in_actor && (phrase_word || !(verb > 0 && (prev_content == T::kTO || prev_content == T::kMD || after_subject)))) {
      out = (plural_form || (noun == 0 && x.ends_s)) ? T::kNNS : T::kNN;
      if (headline && !x.lex.known()) out = T::kNNP;
      continue;
    }
    if (!x.known && !x.verb_form) {  // x.lex.known() unless verb_form changed x.lex
      // Unknown word: suffixes.
      const GuessSuffix suffix = x.guess_suffix;
      if (headline && x.capitalised) out = T::kNNP;
      else if (suffix == GuessSuffix::kPrefix) out = T::kJJ;
      else if (suffix == GuessSuffix::kLy) out = T::kRB;
      else if (IsDeterminerLike(prev) && !x.hyphenated && suffix != GuessSuffix::kAdjective)
        out = suffix == GuessSuffix::kPlural ? T::kNNS : T::kNN;  // "a hafling"
      else if (suffix == GuessSuffix::kIng) out = T::kVBG;
      else if (suffix == GuessSuffix::kEd) out = (aux != Auxiliary::kNone || finite_seen) ? T::kVBN : (after_subject ? T::kVBD : T::kVBN);
      else if (suffix == GuessSuffix::kAdjective || x.hyphenated)
        out = (x.hyphenated && !nouny_next(i)) ? T::kNN : T::kJJ;
      else if (suffix == GuessSuffix::kPlural) out = T::kNNS;
      else out = T::kNN;
      if (IsVerbTag(out) && out == T::kVBD) finite_seen = true;
      continue;
    }
    auto noun_tag = [&] { return plural_form ? T::kNNS : T::kNN; };
    // Modal, "to", "do": a base verb; but not after a "to" that is a
    // preposition ("according to police"), nor, for a word mostly a noun,
    // after a "to" after a noun ("alternatives to oil").
    const bool prepositional_to =
        prev == T::kTO && i >= 2 &&
        (w[i - 2].before_prepositional_to || (IsNounTag((*tags)[i - 2]) && noun >= 4 * std::max<uint16_t>(a.verb, 1)));
    if ((prev_content == T::kTO || prev_content == T::kMD || aux == Auxiliary::kDo) && a.verb > 0 &&
        !prepositional_to) {
      out = T::kVB;
      continue;
    }
    if (aux == Auxiliary::kHave && a.verb_ed > 0) {
      out = T::kVBN;
      continue;
    }
    if (aux == Auxiliary::kBe) {
      if (a.verb_ed > 0 && (a.verb_ed >= adj || (i + 1 < n && w[i + 1].key == Key::kBy))) {
        out = T::kVBN;
        continue;
      }
      if (a.verb_ing > 0) {
        out = T::kVBG;
        continue;
      }
      if (adj > 0) {
        out = a.adj_er ? T::kJJR : a.adj_est ? T::kJJS : T::kJJ;
        continue;
      }
    }
    if ((IsDeterminerLike(prev_content) || prev_content == T::kCD) && a.adv > 0 && x.ends_ly &&
        i + 1 < n && w[i + 1].lex.known()) {
      out = T::kRB;  // "a clearly inebriated official", "the two heavily armed groups"
      continue;
    }
    if (IsDeterminerLike(prev) || prev == T::kCD ||
        (IsAdverbTag(prev) && (IsDeterminerLike(prev_content) || prev_content == T::kCD))) {
      // Inside a noun phrase: adjective before a noun, else a noun.
      if (adj > 0 && nouny_next(i) && !(noun > adj * 3 && !w[i + 1].lex.adj)) {
        out = a.adj_er ? T::kJJR : a.adj_est ? T::kJJS : T::kJJ;
      } else if (noun > 0 || (a.verb_ing == 0 && a.verb_ed == 0)) {
        out = noun > 0 ? noun_tag() : (adj > 0 ? T::kJJ : T::kNN);
      } else {
        out = a.verb_ing ? (nouny_next(i) ? T::kJJ : T::kNN) : (nouny_next(i) ? T::kJJ : T::kVBN);
      }
      continue;
    }
    if (a.adv > 0 && (x.ends_ly || (a.adv >= std::max({noun, verb, adj})))) {
      out = T::kRB;
      continue;
    }
    if (a.verb_ed > 0) {
      // After "and" the form of the verb before: "was attacked and killed",
      // "attacked Gondor and killed ten", "would not work and warned".
      if (prev == T::kCC && last_verb != T::kPeriod && !a.participle_only) {
        out = last_verb == T::kVBN ? T::kVBN : T::kVBD;
        if (out == T::kVBD) finite_seen = true;
        continue;
      }
      if (IsNounTag(prev) && (finite_seen || object_of_preposition)) out = T::kVBN;
      else if (after_subject && IsNounTag(prev) && !x.bare_clause && participle_before_verb(i))
        out = T::kVBN;
      else if (after_subject && !a.participle_only) out = T::kVBD;
      else if (prev == T::kComma && !sentence_finite && !a.participle_only) out = T::kVBD;
      else if (adj > a.verb_ed && nouny_next(i)) out = T::kJJ;
      else out = (finite_seen || !IsSubjectTag(prev_content)) ? T::kVBN : T::kVBD;
      if (out == T::kVBD) finite_seen = true;
      continue;
    }
    if (a.verb_ing > 0 && !(noun > a.verb_ing * 2 && prev == T::kIN)) {
      out = T::kVBG;
      continue;
    }
    // "to give a speech and meet with them": the base form of the verb before.
    if (prev == T::kCC && (last_verb == T::kVB || last_verb == T::kVBP) && a.verb > 0 && a.verb >= noun) {
      out = last_verb;
      continue;
    }
    // "crowds burned", "the police would": a noun before a verb or modal,
    // not a verb itself.
    const bool modal_follows = i + 1 < n && w[i + 1].function && w[i + 1].function->tag == T::kMD;
    const bool verb_follows =
        modal_follows || (i + 1 < n && !w[i + 1].function && w[i + 1].lex.verb_ed > w[i + 1].lex.any_noun());
    if (a.verb_s > 0 && ((after_subject && !(verb_follows && a.plural_noun > 0)) || a.plural_noun == 0)) {
      out = T::kVBZ;
      finite_seen = true;
      continue;
    }
    // A base form agrees with a plural or a pronoun, never with a singular
    // common noun: "the peace process", "an arms embargo" are nouns.
    const bool singular_subject = prev_content == T::kNN || modal_follows || in_singular_group(i);
    if (a.verb > 0 && after_subject && !(singular_subject && noun > 0) &&
        (prev_content == T::kPRP || prev_content == T::kNNS || prev_content == T::kNNPS || noun == 0 ||
         a.verb >= noun)) {
      out = T::kVBP;
      finite_seen = true;
      continue;
    }
    if (noun > 0) {
      if (adj > noun && nouny_next(i)) out = T::kJJ;
      else out = noun_tag();
      continue;
    }
    if (adj > 0) {
      out = a.adj_er ? T::kJJR : a.adj_est ? T::kJJS : T::kJJ;
      continue;
    }
    if (a.adv > 0) {
      out = T::kRB;
      continue;
    }
    if (a.verb > 0) {
      out = (prev == T::kComma || i == first_word || prev == T::kCC) ? T::kVB : T::kVBP;
      continue;
    }
    out = T::kNN;
  }
  return work;
}

}  // namespace dyad

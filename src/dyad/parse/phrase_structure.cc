#include "dyad/parse/phrase_structure.h"

#include <algorithm>

#include "dyad/base/text.h"
#include "dyad/parse/function_words.h"

namespace dyad {
namespace {

using T = PosTag;

bool IsFiniteVerb(PosTag t) { return t == T::kVBD || t == T::kVBZ || t == T::kVBP || t == T::kMD; }
bool StartsNoun(PosTag t) {
  return t == T::kDT || t == T::kPRPS || t == T::kPDT || IsAdjectiveTag(t) || t == T::kCD || IsNounTag(t) ||
         t == T::kPRP || t == T::kEX || t == T::kWPS || t == T::kDollar || t == T::kHash;
}
// Tokens that may continue a base noun group once it has begun.
bool ContinuesNoun(PosTag t) {
  return IsAdjectiveTag(t) || t == T::kCD || IsNounTag(t) || t == T::kDollar || t == T::kHash;
}
bool IsLower(std::string_view w, std::string_view lower) { return EqualsIgnoreCase(w, lower); }
bool IsProperNoun(PosTag t) { return t == T::kNNP || t == T::kNNPS; }
// Whether two verbs can head coordinated verb phrases: both finite, or the
// same non-finite form.
bool SameForm(PosTag a, PosTag b) {
  return IsFiniteVerb(a) ? IsFiniteVerb(b) : a == b || (a == T::kVB && b == T::kVBP);
}
// Nouns that measure time: "five years", "two days".
bool IsTimeUnit(std::string_view w) {
  static constexpr std::string_view kUnits[] = {"year", "years", "month", "months", "week", "weeks", "day",
                                                "days", "hour", "hours", "decade", "decades", "minutes"};
  for (std::string_view u : kUnits) {
    if (EqualsIgnoreCase(w, u)) return true;
  }
  return false;
}

}  // namespace

PhraseStructure::PhraseStructure() {
  for (int t = 0; t < kPosTagCount; ++t) labels_[t] = builder_.Prepare(PosTagName(static_cast<PosTag>(t)));
  static constexpr std::string_view kPhraseNames[kPhraseCount] = {"",   "S",    "SBAR", "NP",  "NP-TMP", "VP",
                                                                  "PP", "ADVP", "ADJP", "PRT", "WHNP",   "WHADVP"};
  for (int p = 0; p < kPhraseCount; ++p) labels_[LabelOf(static_cast<Phrase>(p))] = builder_.Prepare(kPhraseNames[p]);
}

[[gnu::always_inline]] inline int PhraseStructure::NewNode(Phrase phrase) {
  nodes_.push_back(Node{LabelOf(phrase)});
  return static_cast<int>(nodes_.size()) - 1;
}

[[gnu::always_inline]] inline int PhraseStructure::NewToken(int token) {
  nodes_.push_back(Node{static_cast<LabelIndex>(tags_[token]), token});
  return static_cast<int>(nodes_.size()) - 1;
}

[[gnu::always_inline]] inline void PhraseStructure::Append(int parent, int child) {
  Node& p = nodes_[parent];
  if (p.last < 0) p.first = child;
  else nodes_[p.last].next = child;
  p.last = child;
  nodes_[child].next = -1;
}

void PhraseStructure::Emit(int node) {
  const Node& x = nodes_[node];
  int children = 0;
  for (int c = x.first; c >= 0; c = nodes_[c].next, ++children) {
    const Node& child = nodes_[c];
    if (child.token >= 0) {
      builder_.AddToken(labels_[child.label], words_[child.token]);
    } else {
      Emit(c);
    }
  }
  builder_.AddPhrase(labels_[x.label], children);
}

class PhraseStructure::Grammar {
 public:
  explicit Grammar(PhraseStructure* ps) : ps_(ps), n_(ps->tags_.size()) {}

  int Sentence() {
    int s = ps_->NewNode(Phrase::kS);
    Clause(s, /*depth=*/0, /*nested=*/false);
    // Whatever a clause could not place stays at the sentence's level.
    while (i_ < n_) ps_->Append(s, Token());
    return s;
  }
  uint64_t work() const { return work_; }

 private:
  PosTag tag(size_t i) const { return i < n_ ? ps_->tags_[i] : T::kPeriod; }
  std::string_view word(size_t i) const { return i < n_ ? ps_->words_[i] : std::string_view(); }
  int Token() {
    ++work_;
    int t = static_cast<int>(i_++);
    return ps_->NewToken(t);
  }
  int Wrap(Phrase label, int child) {
    int w = ps_->NewNode(label);
    ps_->Append(w, child);
    return w;
  }
  // Whether a guess that may be undone is still affordable: re-reading is
  // capped so that the whole sentence costs linear work.
  bool Speculate() const { return work_ < 16 * n_ + 1024; }
  // The first token past adverbs from i.
  size_t SkipAdverbs(size_t i) const {
    while (i < n_ && IsAdverbTag(tag(i))) ++i;
    return i;
  }
  // Whether a clause (subject, then a finite verb) starts at i; looks a
  // bounded distance ahead. The subject may hold "of" phrases, and with
  // `subject_pps` other PPs too ("that an embargo against Mordor would"): not
  // where a verb's object could be followed by a clause of its own.
  bool ClauseAhead(size_t i, bool subject_pps = true) const {
    if (IsFiniteVerb(tag(i))) return false;
    if (!StartsNoun(tag(i))) return false;
    for (size_t k = i, end = std::min(n_, i + 12); k < end; ++k) {
      PosTag t = tag(k);
      if (IsFiniteVerb(t)) return k > i;
      if (t == T::kIN && (IsLower(word(k), "of") || (subject_pps && k > i && !IsSubordinator(word(k))))) continue;
      if (t == T::kCC && StartsNoun(tag(k + 1))) continue;  // "Gondor and Arnor attacked"
      if (!(StartsNoun(t) || t == T::kPOS || IsAdverbTag(t))) return false;
    }
    return false;
  }
  bool IsAuxiliaryWord(size_t i) const {
    std::string_view w = word(i);
    static constexpr std::string_view kAux[] = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
                                                "'m", "has", "have", "had", "having", "'ve", "do", "does", "did", "get", "got", "gets"};
    for (std::string_view a : kAux) if (EqualsIgnoreCase(w, a)) return true;
    return false;
  }

  // Parses a clause's constituents into `s` until its end: the sentence's
  // end, or (nested) a boundary the enclosing phrase owns.
  void Clause(int s, int depth, bool nested) {
    bool has_vp = false, has_subject = false;
    int wraps = 0;
    while (i_ < n_) {
      ++work_;
      PosTag t = tag(i_);
      if (depth >= kMaxDepth) { ps_->Append(s, Token()); continue; }
      if (t == T::kComma) {
        if (nested && has_vp) return;
        // ", NP VP" after a full clause: reported speech around the clause.
        size_t after = i_ + 1;  // `"We will win," Arnor said`: past the closing quote
        while (tag(after) == T::kCloseQuote && after < i_ + 3) ++after;
        if (has_vp && ClauseAhead(after) && wraps++ < 4) {
          int inner = ps_->NewNode(Phrase::kS);
          ps_->nodes_[inner].first = ps_->nodes_[s].first;
          ps_->nodes_[inner].last = ps_->nodes_[s].last;
          ps_->nodes_[s].first = ps_->nodes_[s].last = -1;
          ps_->Append(s, inner);
          has_vp = has_subject = false;
        }
        ps_->Append(s, Token());
        continue;
      }
      if (t == T::kPeriod) {
        if (nested) return;
        ps_->Append(s, Token());
        continue;
      }
      if (IsPunctuationTag(t) || t == T::kSYM || t == T::kFW || t == T::kUH || t == T::kLS) {
        if (nested && has_vp && (t == T::kColon || t == T::kRightBracket)) return;
        ps_->Append(s, Token());
        continue;
      }
      if (AccordingTo(i_)) {
        ps_->Append(s, AccordingToPhrase(depth + 1));
        continue;
      }
      if (IsVerbTag(t) || t == T::kMD) {
        if (has_vp && nested) return;
        ps_->Append(s, VerbPhrase(depth + 1));
        has_vp = true;
        continue;
      }
      if (t == T::kCC) {
        if (nested && has_vp) return;
        ps_->Append(s, Token());
        if (has_vp) has_vp = has_subject = false;
        continue;
      }
      if (t == T::kIN || t == T::kTO || t == T::kWRB || t == T::kWDT || t == T::kWP) {
        if (nested && has_vp) return;
        ps_->Append(s, PrepositionOrClause(depth + 1));
        continue;
      }
      if (IsAdverbTag(t) || t == T::kRP) {
        ps_->Append(s, Wrap(Phrase::kAdvp, Token()));
        continue;
      }
      if (StartsNoun(t) || t == T::kPOS) {
        if (nested && has_vp) return;
        int np = NounPhrase(depth + 1, has_vp ? Role::kObject : Role::kSubject);
        // "Ukrainian lawmakers Tuesday endorsed ...": a time, not a second subject.
        if (Temporal(np)) ps_->nodes_[np].label = LabelOf(Phrase::kNpTemporal);
        ps_->Append(s, np);
        has_subject = true;
        continue;
      }
      ps_->Append(s, Token());
    }
    (void)has_subject;
  }

  // Whether a span of time measured before "after" or "before" starts at i:
  // "(almost) five years after ...".
  bool MeasureBefore(size_t i) const {
    if (IsAdverbTag(tag(i))) ++i;
    if (tag(i) != T::kCD) return false;
    for (size_t end = i + 3; i < end && tag(i) == T::kCD;) ++i;  // "two hundred"
    return IsNounTag(tag(i)) && IsTimeUnit(word(i)) && tag(i + 1) == T::kIN &&
           (IsLower(word(i + 1), "after") || IsLower(word(i + 1), "before"));
  }
  // The span and what it measures from, as the treebank writes it:
  // (SBAR (NP (RB almost) (CD five) (NNS years)) (IN after) (S ...)), or a PP
  // when a noun phrase follows ("two days before the vote").
  int MeasurePhrase(int depth) {
    int span = ps_->NewNode(Phrase::kNp);
    while (i_ < n_ && tag(i_) != T::kIN) ps_->Append(span, Token());
    const bool clause = ClauseAhead(i_ + 1);
    int phrase = ps_->NewNode(clause ? Phrase::kSbar : Phrase::kPp);
    ps_->Append(phrase, span);
    ps_->Append(phrase, Token());
    if (clause) {
      int s = ps_->NewNode(Phrase::kS);
      Clause(s, depth + 1, /*nested=*/true);
      if (ps_->nodes_[s].first >= 0) ps_->Append(phrase, s);
    } else if (StartsNoun(tag(i_))) {
      ps_->Append(phrase, NounPhrase(depth + 1, Role::kPrepObject));
    }
    return phrase;
  }

  // "according to" at i: a preposition of two words.
  bool AccordingTo(size_t i) const {
    return tag(i) == T::kVBG && tag(i + 1) == T::kTO && IsLower(word(i), "according");
  }
  // (PP (VBG according) (PP (TO to) (NP ...))), as the treebank writes it.
  int AccordingToPhrase(int depth) {
    int pp = ps_->NewNode(Phrase::kPp);
    ps_->Append(pp, Token());
    ps_->Append(pp, PrepositionOrClause(depth + 1));
    return pp;
  }

  // IN/TO/WH word at i_: a subordinate clause, an infinitive, or a PP.
  int PrepositionOrClause(int depth) {
    PosTag t = tag(i_);
    if (t == T::kWDT || t == T::kWP || t == T::kWRB) return RelativeClause(depth);
    if (t == T::kTO && (tag(i_ + 1) == T::kVB || (IsAdverbTag(tag(i_ + 1)) && tag(i_ + 2) == T::kVB))) {
      int vp = ps_->NewNode(Phrase::kVp);
      ps_->Append(vp, Token());
      ps_->Append(vp, VerbPhrase(depth + 1));
      return Wrap(Phrase::kS, vp);
    }
    // A subordinating conjunction before a clause: (SBAR (IN after) (S ...)).
    if (t == T::kIN && IsSubordinator(word(i_)) &&
        (ClauseAhead(i_ + 1) || (IsFiniteVerb(tag(i_ + 1)) && IsLower(word(i_), "that")))) {
      int sbar = ps_->NewNode(Phrase::kSbar);
      ps_->Append(sbar, Token());
      int s = ps_->NewNode(Phrase::kS);
      Clause(s, depth + 1, /*nested=*/true);
      if (ps_->nodes_[s].first >= 0) ps_->Append(sbar, s);
      return sbar;
    }
    int pp = ps_->NewNode(Phrase::kPp);
    ps_->Append(pp, Token());
    PosTag next = tag(i_);
    if (next == T::kVBN && IsNounTag(tag(i_ + 1))) {
      ps_->Append(pp, NounPhrase(depth + 1, Role::kPrepObject));  // "with exiled dissidents"
    } else if (next == T::kVBG) {
      ps_->Append(pp, Wrap(Phrase::kS, VerbPhrase(depth + 1)));
    } else if (StartsNoun(next)) {
      ps_->Append(pp, NounPhrase(depth + 1, Role::kPrepObject));
    } else if (next == T::kTO && tag(i_ + 1) == T::kVB) {
      ps_->Append(pp, PrepositionOrClause(depth + 1));
    }
    return pp;
  }

  // A WH word or "that" opening a clause: (SBAR (WHNP (WDT that)) (S (VP ...))).
  int RelativeClause(int depth) {
    int sbar = ps_->NewNode(Phrase::kSbar);
    PosTag t = tag(i_);
    ps_->Append(sbar, Wrap(t == T::kWRB ? Phrase::kWhadvp : Phrase::kWhnp, Token()));
    int s = ps_->NewNode(Phrase::kS);
    Clause(s, depth + 1, /*nested=*/true);
    if (ps_->nodes_[s].first >= 0) ps_->Append(sbar, s);
    return sbar;
  }

  // Whether the base noun group `np` (tokens only) names a time: "today",
  // "last week". Such a group is an NP-TMP, which the coder does not take as
  // an actor slot, as in the treebank.
  bool Temporal(int np) const {
    const Node& x = ps_->nodes_[np];
    int count = 0;
    for (int c = x.first; c >= 0; c = ps_->nodes_[c].next) {
      if (ps_->nodes_[c].token < 0 || ++count > 3) return false;
    }
    if (x.last < 0) return false;
    int last = ps_->nodes_[x.last].token;
    std::string_view w = word(last);
    if (IsDayWord(w)) return true;
    bool unit = IsLower(w, "week") || IsLower(w, "month") || IsLower(w, "year") || IsLower(w, "weekend");
    return unit && last > 0 && (IsLower(word(last - 1), "last") || IsLower(word(last - 1), "next") ||
                                IsLower(word(last - 1), "this"));
  }

  // Whether the adjective at i, with the adjectives, numbers and commas or
  // conjunctions between adjectives after it, comes before a noun; looks a
  // bounded distance ahead.
  bool NounAfterModifiers(size_t i) const {
    size_t k = i + 1;
    while (k < i + 8 && (IsAdjectiveTag(tag(k)) || tag(k) == T::kCD ||
                         ((tag(k) == T::kComma || tag(k) == T::kCC) && IsAdjectiveTag(tag(k - 1)) &&
                          IsAdjectiveTag(tag(k + 1))))) {
      ++k;
    }
    return IsNounTag(tag(k));
  }

  // A base noun group from i_: determiners, modifiers, nouns, possessives.
  int BaseNoun() {
    int np = ps_->NewNode(Phrase::kNp);
    PosTag t = tag(i_);
    if (t == T::kPRP || t == T::kEX) {
      ps_->Append(np, Token());
      return np;
    }
    if (t == T::kPDT) ps_->Append(np, Token());
    if (tag(i_) == T::kDT || tag(i_) == T::kPRPS || tag(i_) == T::kWPS) ps_->Append(np, Token());
    while (i_ < n_) {
      PosTag c = tag(i_);
      if (ContinuesNoun(c)) {
        // "in southern Guyana three years ago": a count after a noun, before a
        // plural, starts a noun group of its own.
        if (c == T::kCD && IsNounTag(tag(i_ - 1)) && tag(i_ + 1) == T::kNNS && ps_->nodes_[np].first >= 0) break;
        // "in Moscow today": the day is not part of the name.
        if (IsNounTag(tag(i_ - 1)) && ps_->nodes_[np].last >= 0 && ps_->nodes_[ps_->nodes_[np].last].token >= 0 &&
            IsDayWord(word(i_)))
          break;
        ps_->Append(np, Token());
      } else if ((c == T::kVBN || c == T::kVBG) && ContinuesNoun(tag(i_ + 1)) && !IsFiniteVerb(tag(i_ + 1)) &&
                 (ps_->nodes_[np].first >= 0 || (c == T::kVBN && (tag(i_ - 1) == T::kIN || IsVerbTag(tag(i_ - 1))))) &&
                 !IsNounTag(tag(i_ - 1))) {
        // "the armed forces", "with exiled dissidents", "mend damaged ties";
        // but "by promoting biofuels" is a clause.
        ps_->Append(np, Token());
      } else if (c == T::kCC && IsAdjectiveTag(tag(i_ - 1)) && IsAdjectiveTag(tag(i_ + 1)) &&
                 NounAfterModifiers(i_ + 1)) {
        ps_->Append(np, Token());  // "French political and military officials"
      } else if (c == T::kComma && IsAdjectiveTag(tag(i_ - 1)) && IsAdjectiveTag(tag(i_ + 1)) &&
                 NounAfterModifiers(i_ + 1)) {
        ps_->Append(np, Token());  // "a long, bloody war"
      } else if (IsAdverbTag(c) && IsAdjectiveTag(tag(i_ + 1)) && ps_->nodes_[np].first >= 0) {
        ps_->Append(np, Token());
      } else if (c == T::kPOS && ps_->nodes_[np].first >= 0) {
        ps_->Append(np, Token());
        np = Wrap(Phrase::kNp, np);  // (NP (NP Gondor 's) ...)
        // The possessed noun group continues inside the outer NP.
        if (!(ContinuesNoun(tag(i_)) || tag(i_) == T::kVBN || tag(i_) == T::kVBG)) break;
      } else {
        break;
      }
    }
    if (ps_->nodes_[np].first < 0) ps_->Append(np, Token());  // never empty
    return np;
  }

  // A member of a coordination: a base noun group with its own "of" phrase
  // ("sheep and goats of Gondor").
  int MemberNoun(int depth) {
    int np = BaseNoun();
    if (tag(i_) == T::kIN && IsLower(word(i_), "of") && StartsNoun(tag(i_ + 1)) && depth + 1 < kMaxDepth) {
      int pp = ps_->NewNode(Phrase::kPp);
      ps_->Append(pp, Token());
      ps_->Append(pp, BaseNoun());
      int outer = Wrap(Phrase::kNp, np);
      ps_->Append(outer, pp);
      np = outer;
    }
    return np;
  }

  // Whether `np` is adjectives and one noun, after an optional determiner:
  // "Danish media", "the official news".
  bool ModifiedNoun(int np) const {
    int c = ps_->nodes_[np].first;
    if (c >= 0 && ps_->nodes_[c].token >= 0 && ps_->tags_[ps_->nodes_[c].token] == T::kDT) c = ps_->nodes_[c].next;
    bool adjective = false;
    while (c >= 0 && ps_->nodes_[c].token >= 0 && IsAdjectiveTag(ps_->tags_[ps_->nodes_[c].token])) {
      adjective = true;
      c = ps_->nodes_[c].next;
    }
    return adjective && c >= 0 && ps_->nodes_[c].next < 0 && ps_->nodes_[c].token >= 0 &&
           IsNounTag(ps_->tags_[ps_->nodes_[c].token]);
  }

  bool SimpleNoun(int np) const {
    const Node& x = ps_->nodes_[np];
    return x.first >= 0 && x.first == x.last && ps_->nodes_[x.first].token >= 0 &&
           IsNounTag(ps_->tags_[ps_->nodes_[x.first].token]);
  }

  // Where a noun phrase stands, which decides what attaches to it.
  enum class Role { kSubject, kObject, kPrepObject };

  // Whether a PP opened by the preposition at k attaches to the noun before
  // it rather than to the verb. "of" always does. In a subject any PP does
  // ("troops in the north attacked"). After the object of a preposition the
  // PPs that usually modify nouns do ("a campaign for a state in Nigeria",
  // "a visit to Eriador"), unless they name a time ("in 2004", "on Monday");
  // after a name only "in" does ("the Islamic State in Iraq", but "met at
  // Osgiliath with Gondor").
  bool AttachesToNoun(size_t k, Role role) const {
    std::string_view w = word(k);
    if (!(tag(k) == T::kIN || tag(k) == T::kTO) || !StartsNoun(tag(k + 1))) return false;
    if (IsLower(w, "of")) return true;
    if (role == Role::kSubject) return !IsLower(w, "that");
    if (role != Role::kPrepObject) return false;
    static constexpr std::string_view kNounPrepositions[] = {"in", "to", "with", "between", "for", "against", "among"};
    bool noun_preposition = false;
    for (std::string_view p : kNounPrepositions) noun_preposition |= IsLower(w, p);
    if (!noun_preposition || (IsProperNoun(tag(k - 1)) && !IsLower(w, "in"))) return false;
    // "sent thousands of troops to Kursk": what is sent goes to a place; a
    // plural before "to" is the verb's cargo, not a noun taking "to".
    if (IsLower(w, "to") && tag(k - 1) == T::kNNS) return false;
    size_t object = tag(k + 1) == T::kDT ? k + 2 : k + 1;
    return tag(object) != T::kCD && !IsDayWord(word(object)) && !IsMonthWord(word(object));
  }

  // A noun phrase: base noun group with coordination, apposition, PPs and
  // relative clauses attached.
  int NounPhrase(int depth, Role role) {
    const bool subject = role == Role::kSubject;
    int np = BaseNoun();
    if (depth >= kMaxDepth) return np;
    // Coordination: NP (, NP)* ,? CC NP.
    if (Speculate() && (tag(i_) == T::kCC || (tag(i_) == T::kComma && StartsNoun(tag(i_ + 1))))) {
      size_t save = i_;
      std::vector<int> parts = {np};
      bool done = false;
      for (int members = 0; members < 12 && i_ < n_; ++members) {
        PosTag t = tag(i_);
        if (t == T::kComma && StartsNoun(tag(i_ + 1)) && tag(i_ + 1) != T::kPRP) {
          parts.push_back(Token());
          parts.push_back(MemberNoun(depth));
        } else if (t == T::kComma && tag(i_ + 1) == T::kCC && StartsNoun(tag(i_ + 2))) {
          parts.push_back(Token());
        } else if (t == T::kCC && StartsNoun(tag(i_ + 1)) && tag(i_ + 1) != T::kPRP && tag(i_ + 1) != T::kEX) {
          parts.push_back(Token());
          parts.push_back(MemberNoun(depth));
          done = true;
          break;
        } else {
          break;
        }
      }
      // Outside a subject, "X, Y and Z said" is X followed by a clause whose
      // subject is "Y and Z".
      bool listed = false;
      for (int p : parts) listed |= ps_->nodes_[p].token >= 0 && ps_->tags_[ps_->nodes_[p].token] == T::kComma;
      if (done && !subject && listed && IsFiniteVerb(tag(SkipAdverbs(i_)))) done = false;
      if (done) {
        // Bare nouns coordinate flat, the first with any adjectives, which
        // then modify them all: (NP Arnor , Osgiliath and Gondor), (NP Danish
        // media and government).
        bool flat = SimpleNoun(parts[0]) || ModifiedNoun(parts[0]);
        for (size_t k = 1; k < parts.size(); ++k) {
          const Node& x = ps_->nodes_[parts[k]];
          if (x.token < 0 && !SimpleNoun(parts[k])) flat = false;
        }
        int coord = ps_->NewNode(Phrase::kNp);
        for (int p : parts) {
          if (!flat || ps_->nodes_[p].token >= 0) {
            ps_->Append(coord, p);
            continue;
          }
          for (int c = ps_->nodes_[p].first, next; c >= 0; c = next) {
            next = ps_->nodes_[c].next;
            ps_->Append(coord, c);
          }
        }
        np = coord;
      } else {
        i_ = save;
      }
    }
    // Post-modifiers.
    for (int rounds = 0; rounds < 8 && i_ < n_; ++rounds) {
      ++work_;
      PosTag t = tag(i_);
      std::string_view w = word(i_);
      if (AttachesToNoun(i_, role)) {
        int pp = ps_->NewNode(Phrase::kPp);
        ps_->Append(pp, Token());
        ps_->Append(pp, NounPhrase(depth + 1, subject && IsLower(w, "of") ? Role::kSubject : Role::kPrepObject));
        int outer = Wrap(Phrase::kNp, np);
        ps_->Append(outer, pp);
        np = outer;
        continue;
      }
      if (t == T::kWDT || t == T::kWP || (t == T::kIN && IsLower(w, "that") && IsFiniteVerb(tag(SkipAdverbs(i_ + 1))))) {
        int outer = Wrap(Phrase::kNp, np);
        ps_->Append(outer, RelativeClause(depth + 1));
        np = outer;
        continue;
      }
      if (t == T::kComma && (tag(i_ + 1) == T::kWDT || tag(i_ + 1) == T::kWP)) {
        int outer = Wrap(Phrase::kNp, np);
        ps_->Append(outer, Token());
        ps_->Append(outer, RelativeClause(depth + 1));
        if (tag(i_) == T::kComma) ps_->Append(outer, Token());
        np = outer;
        continue;
      }
      if (t == T::kComma && tag(i_ + 1) == T::kIN && subject && Speculate()) {
        // A parenthetical PP before the verb: "X, in remarks published on
        // Monday, urged ..." keeps it inside the subject.
        size_t save = i_;
        size_t nodes = ps_->nodes_.size();
        int comma = Token();
        int pp = PrepositionOrClause(depth + 1);
        if (tag(i_) == T::kComma && (IsVerbTag(tag(i_ + 1)) || tag(i_ + 1) == T::kMD)) {
          int outer = Wrap(Phrase::kNp, np);
          ps_->Append(outer, comma);
          ps_->Append(outer, pp);
          ps_->Append(outer, Token());
          np = outer;
          continue;
        }
        i_ = save;
        ps_->nodes_.resize(nodes);
        break;
      }
      if (t == T::kComma && StartsNoun(tag(i_ + 1)) && tag(i_ + 1) != T::kPRP && Speculate()) {
        // Apposition: ", NP ," or ", NP" at the end; not ", NP VP".
        size_t save = i_;
        size_t nodes = ps_->nodes_.size();
        int comma = Token();
        int second = NounPhrase(depth + 1, Role::kObject);
        PosTag after = tag(i_);
        if (after == T::kComma || after == T::kPeriod || after == T::kCloseQuote || after == T::kColon || i_ >= n_) {
          int outer = Wrap(Phrase::kNp, np);
          ps_->Append(outer, comma);
          ps_->Append(outer, second);
          if (after == T::kComma && !ClauseAhead(i_ + 1)) ps_->Append(outer, Token());
          np = outer;
          continue;
        }
        i_ = save;
        ps_->nodes_.resize(nodes);
        break;
      }
      if (t == T::kPRP && (EndsWith(w, "self") || EndsWith(w, "selves"))) {
        // An emphatic reflexive: (NP (NP Putin) (NP (PRP himself))).
        int outer = Wrap(Phrase::kNp, np);
        ps_->Append(outer, Wrap(Phrase::kNp, Token()));
        np = outer;
        continue;
      }
      if (t == T::kVBN && (tag(i_ + 1) == T::kIN || tag(i_ + 1) == T::kTO || IsDayWord(word(i_ + 1)))) {
        // Reduced relative: "remarks published on Monday", "a report released Tuesday".
        int outer = Wrap(Phrase::kNp, np);
        ps_->Append(outer, VerbPhrase(depth + 1));
        np = outer;
        continue;
      }
      break;
    }
    return np;
  }

  // A verb group and its complements from i_ (a verb or modal).
  int VerbPhrase(int depth) {
    int vp = ps_->NewNode(Phrase::kVp);
    size_t verb = i_;
    ps_->Append(vp, Token());
    PosTag vt = tag(verb);
    // Auxiliary or modal with a verb following: nest. (The word list is
    // read last: most verbs have no verb after them.)
    size_t k = SkipAdverbs(i_);
    if (IsVerbTag(tag(k)) && depth < kMaxDepth && (vt == T::kMD || IsAuxiliaryWord(verb))) {
      while (i_ < k) ps_->Append(vp, Token());
      ps_->Append(vp, VerbPhrase(depth + 1));
      return vp;
    }
    Complements(vp, depth);
    // Coordinated verb phrases: (VP (VP ...) (CC and) (VP ...)), of the
    // same form; "by promoting trade and mended ties" joins "mended" higher up.
    if (tag(i_) == T::kCC && IsVerbTag(tag(SkipAdverbs(i_ + 1))) && SameForm(vt, tag(SkipAdverbs(i_ + 1))) &&
        depth < kMaxDepth) {
      int outer = Wrap(Phrase::kVp, vp);
      ps_->Append(outer, Token());
      while (IsAdverbTag(tag(i_))) ps_->Append(outer, Wrap(Phrase::kAdvp, Token()));
      ps_->Append(outer, VerbPhrase(depth + 1));
      return outer;
    }
    return vp;
  }

  void Complements(int vp, int depth) {
    bool object = false;
    while (i_ < n_) {
      ++work_;
      PosTag t = tag(i_);
      if (depth >= kMaxDepth) return;
      if (t == T::kRP) {
        ps_->Append(vp, Wrap(Phrase::kPrt, Token()));
      } else if (MeasureBefore(i_) || (t == T::kComma && MeasureBefore(i_ + 1))) {
        if (t == T::kComma) ps_->Append(vp, Token());
        ps_->Append(vp, MeasurePhrase(depth + 1));
      } else if (IsAdverbTag(t)) {
        ps_->Append(vp, Wrap(Phrase::kAdvp, Token()));
      } else if (t == T::kPRP && object) {
        return;
      } else if (IsNounTag(t) && !ContinuesNoun(tag(i_ + 1)) && IsDayWord(word(i_))) {
        // "said Wednesday she hoped": the day is the verb's, not the clause's.
        ps_->Append(vp, Wrap(Phrase::kNpTemporal, Token()));
      } else if (StartsNoun(t) && !IsAdjectiveTag(t)) {
        if (ClauseAhead(i_, /*subject_pps=*/false)) {
          int s = ps_->NewNode(Phrase::kS);
          Clause(s, depth + 1, /*nested=*/true);
          ps_->Append(vp, Wrap(Phrase::kSbar, s));
          return;
        }
        if (object && IsNounTag(t) == false && t != T::kCD && t != T::kDT) return;
        const bool first_object = !object;
        int np = NounPhrase(depth + 1, Role::kObject);
        object = true;
        if (first_object && IsFiniteVerb(tag(i_))) {
          // A finite verb right after the object makes it a subject: "hoped a
          // raft of officials accused of crimes would be indicted".
          int s = ps_->NewNode(Phrase::kS);
          ps_->Append(s, np);
          Clause(s, depth + 1, /*nested=*/true);
          ps_->Append(vp, Wrap(Phrase::kSbar, s));
          return;
        }
        if (tag(i_) == T::kTO && tag(i_ + 1) == T::kVB) {
          // Object control: "urged Eriador to respond" is (S (NP Eriador) (VP to respond)).
          int s = ps_->NewNode(Phrase::kS);
          ps_->Append(s, np);
          ps_->Append(s, ps_->nodes_[PrepositionOrClause(depth + 1)].first);
          ps_->Append(vp, s);
        } else {
          if (Temporal(np)) ps_->nodes_[np].label = LabelOf(Phrase::kNpTemporal);
          ps_->Append(vp, np);
        }
      } else if (IsAdjectiveTag(t)) {
        // Modifiers, then a noun: "full diplomatic ties", "complete, full ties".
        if (NounAfterModifiers(i_) || (StartsNoun(tag(i_ + 1)) && !IsAdjectiveTag(tag(i_ + 1)))) {
          int np = NounPhrase(depth + 1, Role::kObject);
          if (Temporal(np)) ps_->nodes_[np].label = LabelOf(Phrase::kNpTemporal);
          ps_->Append(vp, np);
          object = true;
        } else {
          int adjp = ps_->NewNode(Phrase::kAdjp);
          ps_->Append(adjp, Token());
          if (tag(i_) == T::kIN || tag(i_) == T::kTO) ps_->Append(adjp, PrepositionOrClause(depth + 1));
          ps_->Append(vp, adjp);
        }
      } else if (t == T::kIN && tag(i_ + 1) == T::kTO) {
        int about = ps_->NewNode(Phrase::kVp);  // "is about to ...": (VP (IN about) (S ...))
        ps_->Append(about, Token());
        ps_->Append(about, PrepositionOrClause(depth + 1));
        ps_->Append(vp, about);
      } else if (t == T::kIN || t == T::kTO || t == T::kWDT || t == T::kWP || t == T::kWRB) {
        ps_->Append(vp, PrepositionOrClause(depth + 1));
      } else if (t == T::kVBN && (tag(i_ + 1) == T::kNN || tag(i_ + 1) == T::kNNS)) {
        ps_->Append(vp, NounPhrase(depth + 1, Role::kObject));  // "mend damaged ties"
        object = true;
      } else if (t == T::kVBG || t == T::kVBN) {
        ps_->Append(vp, Wrap(Phrase::kS, VerbPhrase(depth + 1)));
      } else if (t == T::kOpenQuote || t == T::kCloseQuote) {
        ps_->Append(vp, Token());
      } else if (AccordingTo(i_) || (t == T::kComma && AccordingTo(i_ + 1))) {
        if (t == T::kComma) ps_->Append(vp, Token());
        ps_->Append(vp, AccordingToPhrase(depth + 1));
      } else if (t == T::kComma && tag(i_ + 1) == T::kVBG) {
        // A participial clause after a comma belongs to the verb it follows:
        // "staged a protest, scaling a pole" is (VP staged .. (, ,) (S (VP scaling ..))).
        ps_->Append(vp, Token());
        ps_->Append(vp, Wrap(Phrase::kS, VerbPhrase(depth + 1)));
      } else {
        return;
      }
    }
  }

  PhraseStructure* ps_;
  size_t n_;
  size_t i_ = 0;
  uint64_t work_ = 0;
};

uint64_t PhraseStructure::Build(std::span<const std::string_view> words, std::span<const PosTag> tags,
                                ParseTree* tree) {
  nodes_.clear();
  words_ = words;
  tags_ = tags;
  builder_.Reset(tree);
  if (words.empty()) return 0;
  Grammar grammar(this);
  int root = grammar.Sentence();
  int top = NewNode(Phrase::kTop);
  Append(top, root);
  Emit(top);
  builder_.Finish();
  return grammar.work() + nodes_.size();
}

}  // namespace dyad

#include "dyad/parse/lexicon.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <span>

#include "dyad/base/file.h"
#include "dyad/base/hash.h"
#include "dyad/base/text.h"

namespace dyad {
namespace {

enum class Part { kNoun, kVerb, kAdj, kAdv };

uint16_t Weight(std::string_view tagsense_count) {
  int n = 0;
  if (!ParseInt(tagsense_count, &n) || n < 0) n = 0;
  return static_cast<uint16_t>(std::min(n, 60000) + 1);
}

uint16_t& BaseField(WordAnalysis* a, Part part) {
  switch (part) {
    case Part::kNoun: return a->noun;
    case Part::kVerb: return a->verb;
    case Part::kAdj: return a->adj;
    case Part::kAdv: return a->adv;
  }
  return a->noun;
}

// Detachment rules, WordNet style: (suffix, replacement).
struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};
constexpr Rule kNounPlural[] = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbS[] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}};
constexpr Rule kVerbEd[] = {{"ed", "e"}, {"ed", ""}, {"ied", "y"}};
constexpr Rule kVerbIng[] = {{"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjEr[] = {{"er", ""}, {"er", "e"}, {"ier", "y"}};
constexpr Rule kAdjEst[] = {{"est", ""}, {"est", "e"}, {"iest", "y"}};

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  auto lexicon = std::make_shared<Lexicon>();
  const std::pair<const char*, Part> kIndexes[] = {
      {"index.noun", Part::kNoun}, {"index.verb", Part::kVerb}, {"index.adj", Part::kAdj}, {"index.adv", Part::kAdv}};
  for (const auto& [name, part] : kIndexes) {
    Result<std::string> text = ReadFile(dir + "/" + name);
    if (!text.ok()) return text.status();
    for (std::string_view line : Split(*text, '\n')) {
      if (line.empty() || line[0] == ' ') continue;  // licence text
      std::vector<std::string_view> f = SplitWhitespace(line);
      int pointer_count = 0;
      if (f.size() < 6 || f[0].find('_') != std::string_view::npos || !ParseInt(f[3], &pointer_count)) continue;
      size_t tagsense = 4 + static_cast<size_t>(pointer_count) + 1;
      if (tagsense >= f.size()) continue;
      WordAnalysis& entry = lexicon->Insert(f[0]);
      uint16_t& field = BaseField(&entry, part);
      field = std::max(field, Weight(f[tagsense]));
    }
  }
  // Irregular forms get the weight of their base.
  const std::pair<const char*, Part> kExceptions[] = {
      {"noun.exc", Part::kNoun}, {"verb.exc", Part::kVerb}, {"adj.exc", Part::kAdj}, {"adv.exc", Part::kAdv}};
  for (const auto& [name, part] : kExceptions) {
    Result<std::string> text = ReadFile(dir + "/" + name);
    if (!text.ok()) return text.status();
    for (std::string_view line : Split(*text, '\n')) {
      std::vector<std::string_view> f = SplitWhitespace(line);
      if (f.size() < 2 || f[0].find('_') != std::string_view::npos || f[0] == f[1]) continue;
      const WordAnalysis* base = lexicon->Find(f[1]);
      uint16_t weight = base ? std::max<uint16_t>(BaseField(const_cast<WordAnalysis*>(base), part), 1) : 1;
      WordAnalysis& form = lexicon->Insert(f[0]);
      std::string_view w = f[0];
      switch (part) {
        case Part::kNoun: form.plural_noun = std::max(form.plural_noun, weight); break;
        case Part::kAdv: form.adv = std::max(form.adv, weight); break;
        case Part::kAdj:
          (EndsWith(w, "st") ? form.adj_est : form.adj_er) = weight;
          break;
        case Part::kVerb:
          if (EndsWith(w, "ing")) {
            form.verb_ing = weight;
          } else if (EndsWith(w, "s") && !EndsWith(w, "ss")) {
            form.verb_s = weight;
          } else {
            form.verb_ed = std::max(form.verb_ed, weight);
            // "taken", "thrown", "begun": participles, never a simple past.
            form.participle_only = EndsWith(w, "en") || EndsWith(w, "wn") || EndsWith(w, "un") ||
                                   EndsWith(w, "ne");
          }
          break;
      }
    }
  }
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Shared() {
  static std::once_flag once;
  static Result<std::shared_ptr<const Lexicon>>* shared = nullptr;
  std::call_once(once, [] {
    const char* dir = std::getenv("DYAD_WORDNET_DIR");
    shared = new Result<std::shared_ptr<const Lexicon>>(Load(dir && *dir ? dir : "/usr/share/wordnet"));
  });
  return *shared;
}

uint32_t Lexicon::HashOf(std::string_view s) { return static_cast<uint32_t>(HashWord(s)); }

void Lexicon::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.entry == UINT32_MAX) continue;
    size_t i = s.hash & mask;
    while (slots_[i].entry != UINT32_MAX) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

WordAnalysis& Lexicon::Insert(std::string_view w) {
  if (const WordAnalysis* found = Find(w)) return const_cast<WordAnalysis&>(*found);
  if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t hash = HashOf(w);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].entry != UINT32_MAX) i = (i + 1) & mask;
  slots_[i] = Slot{hash, static_cast<uint32_t>(entries_.size())};
  entries_.push_back(Entry{static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(w.size()), {}});
  keys_.append(w);
  return entries_.back().analysis;
}

const WordAnalysis* Lexicon::Find(std::string_view w) const {
  if (slots_.empty()) return nullptr;
  const uint32_t hash = HashOf(w);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].entry != UINT32_MAX; i = (i + 1) & mask) {
    if (slots_[i].hash != hash) continue;
    const Entry& e = entries_[slots_[i].entry];
    if (std::string_view(keys_).substr(e.key_offset, e.key_size) == w) return &e.analysis;
  }
  return nullptr;
}

uint64_t Lexicon::NextId() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

WordAnalysis Lexicon::Analyze(std::string_view w) const {
  struct Memory {
    uint64_t lexicon = 0;  // id_; 0: empty
    uint8_t size = 0;
    char word[23];
    WordAnalysis analysis;
  };
  constexpr size_t kSlots = 2048;  // a direct-mapped cache
  thread_local std::array<Memory, kSlots> memory;
  if (w.size() > sizeof(Memory::word)) return AnalyzeUncached(w);
  Memory& m = memory[HashWord(w) & (kSlots - 1)];
  if (m.lexicon == id_ && m.size == w.size() && std::memcmp(m.word, w.data(), w.size()) == 0) return m.analysis;
  m.analysis = AnalyzeUncached(w);
  m.lexicon = id_;
  m.size = static_cast<uint8_t>(w.size());
  std::memcpy(m.word, w.data(), w.size());
  return m.analysis;
}

WordAnalysis Lexicon::AnalyzeUncached(std::string_view w) const {
  WordAnalysis result;
  if (const WordAnalysis* e = Find(w)) result = *e;
  if (w.size() < 3) return result;
  char stem[64];
  // Weight of the base (in `field`) of `w` under any of `rules`, 0 if none.
  auto detach = [&](std::span<const Rule> rules, Part part, bool allow_doubling) -> uint16_t {
    uint16_t best = 0;
    for (const Rule& r : rules) {
      if (w.size() <= r.suffix.size() + 1 || !EndsWith(w, r.suffix)) continue;
      size_t keep = w.size() - r.suffix.size();
      if (keep + r.replacement.size() > sizeof stem) continue;
      std::copy(w.begin(), w.begin() + keep, stem);
      std::copy(r.replacement.begin(), r.replacement.end(), stem + keep);
      std::string_view s(stem, keep + r.replacement.size());
      if (const WordAnalysis* e = Find(s)) best = std::max(best, BaseField(const_cast<WordAnalysis*>(e), part));
      // "committed" -> "commit", "bigger" -> "big".
      if (allow_doubling && r.replacement.empty() && keep >= 3 && w[keep - 1] == w[keep - 2]) {
        if (const WordAnalysis* e = Find(std::string_view(stem, keep - 1))) {
          best = std::max(best, BaseField(const_cast<WordAnalysis*>(e), part));
        }
      }
    }
    return best;
  };
  char last = w.back();
  if (last == 's') {
    result.plural_noun = std::max(result.plural_noun, detach(kNounPlural, Part::kNoun, false));
    result.verb_s = std::max(result.verb_s, detach(kVerbS, Part::kVerb, false));
  } else if (last == 'n' && EndsWith(w, "men")) {
    result.plural_noun = std::max(result.plural_noun, detach(kNounPlural, Part::kNoun, false));
  } else if (last == 'd' && EndsWith(w, "ed")) {
    result.verb_ed = std::max(result.verb_ed, detach(kVerbEd, Part::kVerb, true));
  } else if (last == 'g' && EndsWith(w, "ing")) {
    result.verb_ing = std::max(result.verb_ing, detach(kVerbIng, Part::kVerb, true));
  } else if (last == 'r' && EndsWith(w, "er")) {
    result.adj_er = std::max(result.adj_er, detach(kAdjEr, Part::kAdj, true));
  } else if (last == 't' && EndsWith(w, "est")) {
    result.adj_est = std::max(result.adj_est, detach(kAdjEst, Part::kAdj, true));
  }
  return result;
}

}  // namespace dyad

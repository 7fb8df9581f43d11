#include "dyad/parse/function_words.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <string>

#include "dyad/base/hash.h"
#include "dyad/base/text.h"

namespace dyad {
namespace {

struct Entry {
  const char* word;
  PosTag tag;
  Auxiliary auxiliary;
};

using T = PosTag;
using A = Auxiliary;

constexpr Entry kEntries[] = {
    // Determiners and predeterminers.
    {"the", T::kDT, A::kNone}, {"a", T::kDT, A::kNone}, {"an", T::kDT, A::kNone},
    {"this", T::kDT, A::kNone}, {"these", T::kDT, A::kNone}, {"those", T::kDT, A::kNone},
    {"each", T::kDT, A::kNone}, {"every", T::kDT, A::kNone}, {"some", T::kDT, A::kNone},
    {"any", T::kDT, A::kNone}, {"no", T::kDT, A::kNone}, {"another", T::kDT, A::kNone},
    {"either", T::kDT, A::kNone}, {"neither", T::kDT, A::kNone}, {"both", T::kDT, A::kNone},
    {"all", T::kDT, A::kNone}, {"half", T::kPDT, A::kNone}, {"such", T::kJJ, A::kNone},
    {"that", T::kIN, A::kNone}, {"which", T::kWDT, A::kNone}, {"whichever", T::kWDT, A::kNone},
    {"whatever", T::kWDT, A::kNone},
    // Prepositions and subordinating conjunctions.
    {"of", T::kIN, A::kNone}, {"in", T::kIN, A::kNone}, {"on", T::kIN, A::kNone},
    {"at", T::kIN, A::kNone}, {"by", T::kIN, A::kNone}, {"for", T::kIN, A::kNone},
    {"with", T::kIN, A::kNone}, {"from", T::kIN, A::kNone}, {"into", T::kIN, A::kNone},
    {"onto", T::kIN, A::kNone}, {"upon", T::kIN, A::kNone}, {"about", T::kIN, A::kNone},
    {"against", T::kIN, A::kNone}, {"among", T::kIN, A::kNone}, {"amid", T::kIN, A::kNone},
    {"amongst", T::kIN, A::kNone}, {"between", T::kIN, A::kNone}, {"through", T::kIN, A::kNone},
    {"throughout", T::kIN, A::kNone}, {"during", T::kIN, A::kNone}, {"before", T::kIN, A::kNone},
    {"after", T::kIN, A::kNone}, {"since", T::kIN, A::kNone}, {"until", T::kIN, A::kNone},
    {"till", T::kIN, A::kNone}, {"within", T::kIN, A::kNone}, {"without", T::kIN, A::kNone},
    {"under", T::kIN, A::kNone}, {"over", T::kIN, A::kNone}, {"above", T::kIN, A::kNone},
    {"below", T::kIN, A::kNone}, {"across", T::kIN, A::kNone}, {"along", T::kIN, A::kNone},
    {"around", T::kIN, A::kNone}, {"behind", T::kIN, A::kNone}, {"beside", T::kIN, A::kNone},
    {"besides", T::kIN, A::kNone}, {"beyond", T::kIN, A::kNone}, {"near", T::kIN, A::kNone},
    {"toward", T::kIN, A::kNone}, {"towards", T::kIN, A::kNone}, {"despite", T::kIN, A::kNone},
    {"except", T::kIN, A::kNone}, {"via", T::kIN, A::kNone}, {"per", T::kIN, A::kNone},
    {"like", T::kIN, A::kNone}, {"unlike", T::kIN, A::kNone}, {"because", T::kIN, A::kNone},
    {"although", T::kIN, A::kNone}, {"though", T::kIN, A::kNone}, {"while", T::kIN, A::kNone},
    {"whereas", T::kIN, A::kNone}, {"if", T::kIN, A::kNone}, {"unless", T::kIN, A::kNone},
    {"whether", T::kIN, A::kNone}, {"as", T::kIN, A::kNone}, {"than", T::kIN, A::kNone},
    {"following", T::kVBG, A::kNone}, {"including", T::kVBG, A::kNone}, {"regarding", T::kVBG, A::kNone},
    {"outside", T::kIN, A::kNone}, {"inside", T::kIN, A::kNone}, {"off", T::kRP, A::kNone},
    {"out", T::kRP, A::kNone}, {"up", T::kRP, A::kNone}, {"down", T::kRP, A::kNone},
    {"to", T::kTO, A::kNone},
    // Pronouns.
    {"i", T::kPRP, A::kNone}, {"you", T::kPRP, A::kNone}, {"he", T::kPRP, A::kNone},
    {"she", T::kPRP, A::kNone}, {"it", T::kPRP, A::kNone}, {"we", T::kPRP, A::kNone},
    {"they", T::kPRP, A::kNone}, {"me", T::kPRP, A::kNone}, {"him", T::kPRP, A::kNone},
    {"us", T::kPRP, A::kNone}, {"them", T::kPRP, A::kNone}, {"himself", T::kPRP, A::kNone},
    {"herself", T::kPRP, A::kNone}, {"itself", T::kPRP, A::kNone}, {"themselves", T::kPRP, A::kNone},
    {"ourselves", T::kPRP, A::kNone}, {"myself", T::kPRP, A::kNone}, {"yourself", T::kPRP, A::kNone},
    {"my", T::kPRPS, A::kNone}, {"your", T::kPRPS, A::kNone}, {"his", T::kPRPS, A::kNone},
    {"her", T::kPRPS, A::kNone}, {"its", T::kPRPS, A::kNone}, {"our", T::kPRPS, A::kNone},
    {"their", T::kPRPS, A::kNone}, {"there", T::kEX, A::kNone},
    // Wh-words.
    {"who", T::kWP, A::kNone}, {"whom", T::kWP, A::kNone}, {"what", T::kWP, A::kNone},
    {"whose", T::kWPS, A::kNone}, {"when", T::kWRB, A::kNone}, {"where", T::kWRB, A::kNone},
    {"why", T::kWRB, A::kNone}, {"how", T::kWRB, A::kNone}, {"whenever", T::kWRB, A::kNone},
    // Conjunctions.
    {"and", T::kCC, A::kNone}, {"or", T::kCC, A::kNone}, {"but", T::kCC, A::kNone},
    {"nor", T::kCC, A::kNone}, {"plus", T::kCC, A::kNone}, {"&", T::kCC, A::kNone},
    // Modals.
    {"can", T::kMD, A::kNone}, {"could", T::kMD, A::kNone}, {"may", T::kMD, A::kNone},
    {"might", T::kMD, A::kNone}, {"must", T::kMD, A::kNone}, {"shall", T::kMD, A::kNone},
    {"should", T::kMD, A::kNone}, {"will", T::kMD, A::kNone}, {"would", T::kMD, A::kNone},
    {"'ll", T::kMD, A::kNone}, {"'d", T::kMD, A::kNone}, {"ca", T::kMD, A::kNone},
    {"wo", T::kMD, A::kNone}, {"cannot", T::kMD, A::kNone},
    // Auxiliaries.
    {"be", T::kVB, A::kBe}, {"is", T::kVBZ, A::kBe}, {"am", T::kVBP, A::kBe},
    {"are", T::kVBP, A::kBe}, {"'re", T::kVBP, A::kBe}, {"'m", T::kVBP, A::kBe},
    {"was", T::kVBD, A::kBe}, {"were", T::kVBD, A::kBe}, {"been", T::kVBN, A::kBe},
    {"being", T::kVBG, A::kBe}, {"have", T::kVBP, A::kHave}, {"has", T::kVBZ, A::kHave},
    {"had", T::kVBD, A::kHave}, {"'ve", T::kVBP, A::kHave}, {"having", T::kVBG, A::kHave},
    {"do", T::kVBP, A::kDo}, {"does", T::kVBZ, A::kDo}, {"did", T::kVBD, A::kDo},
    // Adverbs that behave like function words.
    {"not", T::kRB, A::kNone}, {"n't", T::kRB, A::kNone}, {"never", T::kRB, A::kNone},
    {"also", T::kRB, A::kNone}, {"very", T::kRB, A::kNone}, {"too", T::kRB, A::kNone},
    {"again", T::kRB, A::kNone}, {"already", T::kRB, A::kNone}, {"still", T::kRB, A::kNone},
    {"yet", T::kRB, A::kNone}, {"just", T::kRB, A::kNone}, {"only", T::kRB, A::kNone},
    {"even", T::kRB, A::kNone}, {"ago", T::kRB, A::kNone}, {"almost", T::kRB, A::kNone},
    {"now", T::kRB, A::kNone}, {"then", T::kRB, A::kNone}, {"soon", T::kRB, A::kNone},
    {"here", T::kRB, A::kNone}, {"so", T::kRB, A::kNone}, {"however", T::kRB, A::kNone},
    {"often", T::kRB, A::kNone}, {"later", T::kRB, A::kNone}, {"earlier", T::kRBR, A::kNone},
    {"more", T::kJJR, A::kNone}, {"less", T::kJJR, A::kNone}, {"most", T::kJJS, A::kNone},
    {"least", T::kJJS, A::kNone}, {"much", T::kJJ, A::kNone}, {"many", T::kJJ, A::kNone},
    {"few", T::kJJ, A::kNone}, {"several", T::kJJ, A::kNone}, {"other", T::kJJ, A::kNone},
    {"own", T::kJJ, A::kNone}, {"same", T::kJJ, A::kNone},
    // Possessive clitic and number words.
    {"'s", T::kPOS, A::kNone}, {"'", T::kPOS, A::kNone},
    {"one", T::kCD, A::kNone}, {"two", T::kCD, A::kNone}, {"three", T::kCD, A::kNone},
    {"four", T::kCD, A::kNone}, {"five", T::kCD, A::kNone}, {"six", T::kCD, A::kNone},
    {"seven", T::kCD, A::kNone}, {"eight", T::kCD, A::kNone}, {"nine", T::kCD, A::kNone},
    {"ten", T::kCD, A::kNone}, {"eleven", T::kCD, A::kNone}, {"twelve", T::kCD, A::kNone},
    {"twenty", T::kCD, A::kNone}, {"thirty", T::kCD, A::kNone}, {"fifty", T::kCD, A::kNone},
    {"hundred", T::kCD, A::kNone}, {"hundreds", T::kNNS, A::kNone}, {"thousand", T::kCD, A::kNone},
    {"thousands", T::kNNS, A::kNone}, {"million", T::kCD, A::kNone}, {"millions", T::kNNS, A::kNone},
    {"billion", T::kCD, A::kNone}, {"billions", T::kNNS, A::kNone}, {"dozen", T::kNN, A::kNone},
    // Days and months are nouns the lexicon files under lower case.
    {"yesterday", T::kNN, A::kNone}, {"today", T::kNN, A::kNone}, {"tomorrow", T::kNN, A::kNone},
    {"mr.", T::kNNP, A::kNone}, {"mrs.", T::kNNP, A::kNone}, {"ms.", T::kNNP, A::kNone},
    {"dr.", T::kNNP, A::kNone}, {"gen.", T::kNNP, A::kNone},
    {"oh", T::kUH, A::kNone}, {"yes", T::kUH, A::kNone},
};

constexpr std::string_view kSubordinators[] = {"after", "before", "when",  "while",  "because", "if",   "although",
                                               "though", "since", "until", "till",   "as",      "whether", "that",
                                               "unless", "whereas", "once", "than",  "lest"};

// An open-addressing table (linear probing, at most a quarter full): the
// tagger asks it about every word.
class Table {
 public:
  Table() {
    for (const Entry& e : kEntries) {
      Item& item = Slot(e.word);
      if (item.word.empty()) item = {e.word, FunctionWord{e.tag, e.auxiliary}};  // the first entry of a word wins
    }
    for (std::string_view s : kSubordinators) {
      Item& item = Slot(s);
      if (item.word.empty()) item.word = s;
      item.function.subordinator = true;
    }
  }
  const FunctionWord* Find(std::string_view w) const {
    for (size_t i = HashWord(w) & kMask;; i = (i + 1) & kMask) {
      const Item& item = items_[i];
      if (item.word.empty()) return nullptr;
      if (item.word == w) return &item.function;
    }
  }

 private:
  struct Item {
    std::string_view word;  // empty: a free slot
    FunctionWord function;
  };
  static constexpr size_t kSize = 1024;
  static constexpr size_t kMask = kSize - 1;
  static_assert(std::size(kEntries) + std::size(kSubordinators) <= kSize / 4);

  // The slot of `w`: where it is, else the free one it would take.
  Item& Slot(std::string_view w) {
    size_t i = HashWord(w) & kMask;
    while (!items_[i].word.empty() && items_[i].word != w) i = (i + 1) & kMask;
    return items_[i];
  }

  std::array<Item, kSize> items_{};
};

}  // namespace

const FunctionWord* FindFunctionWord(std::string_view lower_word) {
  static const Table* table = new Table();
  return table->Find(lower_word);
}

namespace {

bool AnyEqualsIgnoreCase(std::string_view word, std::span<const std::string_view> list) {
  for (std::string_view x : list) {
    if (EqualsIgnoreCase(word, x)) return true;
  }
  return false;
}

}  // namespace

bool IsDayWord(std::string_view word) {
  // Cheap refusal first: every day word ends in "y", "w" or "t".
  const char last = word.empty() ? '\0' : static_cast<char>(word.back() | 0x20);
  if (word.size() < 5 || word.size() > 9 || (last != 'y' && last != 'w' && last != 't')) return false;
  static constexpr std::string_view kDays[] = {"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday",
                                               "wednesday", "thursday", "friday", "saturday", "sunday"};
  return AnyEqualsIgnoreCase(word, kDays);
}

bool IsMonthWord(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  return AnyEqualsIgnoreCase(word, kMonths);
}

bool IsSubordinator(std::string_view word) {
  char lower[16];
  if (word.size() > sizeof lower) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = (word[i] >= 'A' && word[i] <= 'Z') ? static_cast<char>(word[i] + 32) : word[i];
  }
  const FunctionWord* f = FindFunctionWord(std::string_view(lower, word.size()));
  return f != nullptr && f->subordinator;
}

bool TakesBareClause(std::string_view lower_word) {
  // Cheap refusal first, by the initials of the forms below.
  if (lower_word.size() < 3 || std::string_view("acfhist").find(lower_word[0]) == std::string_view::npos) return false;
  // Sorted for binary search: the tagger asks about every new word.
  static constexpr std::string_view kForms[] = {
      "admit",    "admits",   "admitted",  "admitting",  "allege",  "alleged",  "alleges",  "alleging", "argue",
      "argued",   "argues",   "arguing",   "assert",     "asserted", "asserting", "asserts", "claim",    "claimed",
      "claiming", "claims",   "fear",      "feared",     "fearing",  "fears",    "hope",     "hoped",    "hopes",
      "hoping",   "insist",   "insisted",  "insisting",  "insists",  "said",     "say",      "saying",   "says",
      "suggest",  "suggested", "suggesting", "suggests", "think",    "thinking", "thinks",   "thought"};
  static_assert(std::is_sorted(std::begin(kForms), std::end(kForms)));
  return std::binary_search(std::begin(kForms), std::end(kForms), lower_word);
}

}  // namespace dyad

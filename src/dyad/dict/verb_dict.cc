#include "dyad/dict/verb_dict.h"

#include <algorithm>
#include <cassert>

#include "dyad/base/text.h"
#include "dyad/cameo/event_codes.h"
#include "dyad/dict/english_forms.h"
#include "dyad/dict/source_lines.h"

namespace dyad {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
// Far above any real pattern (the longest in CAMEO.2.0.txt has a dozen
// elements); keeps counts within PatternElement's 16 bits.
constexpr size_t kMaxPatternElements = 1000;

// `#` and TABARI's `;` start comments, except inside `[...]` where `[###]` is
// a code. Returns the line up to the comment, trimmed.
std::string_view StripComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if ((c == '#' || c == ';') && depth == 0) return Trim(line.substr(0, i));
  }
  return line;
}

bool IsPatternLine(std::string_view line) { return line[0] == '-' && !StartsWith(line, "---"); }

// Synset labels and references: `&NAME`, `&NAME_` and `NAME` all name NAME.
std::string NormalizeSynsetName(std::string_view name) {
  if (!name.empty() && name[0] == '&') name.remove_prefix(1);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  return ToUpperAscii(name);
}

// A `[...]`, `{...}` span found in a line.
struct Bracketed {
  size_t open = std::string_view::npos;  // npos: none
  size_t close = 0;
  std::string_view inside;
};

// Finds the first `open`...`close` in `s`. An `open` without `close`, or a
// second `open` before the `close`, is an error (returns false, sets *error).
bool FindBracketed(std::string_view s, char open, char close, Bracketed* out, std::string* error) {
  size_t o = s.find(open);
  size_t stray = s.find(close);
  if (o == std::string_view::npos) {
    if (stray != std::string_view::npos) {
      *error = std::string("'") + close + "' without '" + open + "'";
      return false;
    }
    *out = {};
    return true;
  }
  if (stray < o) {
    *error = std::string("'") + close + "' without '" + open + "'";
    return false;
  }
  size_t c = s.find(close, o + 1);
  if (c == std::string_view::npos) {
    *error = std::string("unbalanced '") + open + "'";
    return false;
  }
  if (s.find(open, o + 1) < c) {
    *error = std::string("nested '") + open + "'";
    return false;
  }
  *out = {o, c, Trim(s.substr(o + 1, c - o - 1))};
  return true;
}

// Checks the inside of a `[code]`: non-empty, no blanks, at most one ':'.
bool ValidCode(std::string_view code, std::string* error) {
  if (code.empty() || code == ":") {
    *error = "empty code '[" + std::string(code) + "]'";
    return false;
  }
  for (char c : code) {
    if (IsSpace(c) || c == '[' || c == ']') {
      *error = "code '[" + std::string(code) + "]' contains a blank or bracket";
      return false;
    }
  }
  if (std::count(code.begin(), code.end(), ':') > 1) {
    *error = "code '[" + std::string(code) + "]' has more than one ':'";
    return false;
  }
  return true;
}

// A verb phrase split on `_` with the `+`-marked verb word.
struct VerbPhrase {
  std::vector<std::string> words;  // upper-case, `+` removed
  size_t verb_position = 0;
  bool marked = false;  // a `+` was written
};

bool ParseVerbPhrase(std::string_view text, VerbPhrase* out, std::string* error) {
  out->words.clear();
  out->marked = false;
  out->verb_position = 0;
  for (std::string_view piece : Split(text, '_')) {
    if (!piece.empty() && piece[0] == '+') {
      if (out->marked) {
        *error = "verb '" + std::string(text) + "' marks more than one word with '+'";
        return false;
      }
      out->marked = true;
      out->verb_position = out->words.size();
      piece.remove_prefix(1);
    }
    if (piece.empty()) {
      *error = "verb '" + std::string(text) + "' has an empty word";
      return false;
    }
    if (piece.find_first_of("+{}[]()*&$%^") != std::string_view::npos) {
      *error = "verb '" + std::string(text) + "' contains a pattern symbol";
      return false;
    }
    out->words.push_back(ToUpperAscii(piece));
  }
  return true;
}

}  // namespace

// Reads one file into the dictionary; holds the per-file state.
class VerbDictionary::FileReader {
 public:
  FileReader(VerbDictionary* dict, std::string_view file_name, uint32_t file_index,
             Vocabulary* vocabulary, Diagnostics* diagnostics)
      : d_(*dict),
        file_(file_name),
        file_index_(file_index),
        vocab_(*vocabulary),
        diag_(*diagnostics) {}

  void Run(std::string* text) {
    SourceLineOptions options;
    options.comment_chars = "";  // StripComment knows about `[###]`
    std::vector<SourceLine> lines = SplitSourceLines(text, file_, &diag_, options);
    std::vector<std::string_view> stripped;
    stripped.reserve(lines.size());
    for (const SourceLine& line : lines) {
      stripped.push_back(StripComment(line.text));
      std::string_view s = stripped.back();
      if (!s.empty() && IsPatternLine(s) && s.find_first_of("{}()") != std::string_view::npos) {
        style_ = PatternStyle::kPetrarch2;
      }
    }
    for (size_t i = 0; i < lines.size(); ++i) {
      if (stripped[i].empty()) continue;
      line_ = lines[i].number;
      Dispatch(stripped[i]);
    }
  }

 private:
  void Error(std::string message) { diag_.Error(file_, line_, std::move(message)); }
  void Warning(std::string message) { diag_.Warning(file_, line_, std::move(message)); }
  Provenance Here() const { return {file_index_, static_cast<uint32_t>(line_)}; }

  void Dispatch(std::string_view s) {
    if (s[0] == '+' && synset_ != kNone) return ReadMember(s);
    if (s[0] == '+' && skipping_members_) return;  // their label was reported
    synset_ = kNone;
    skipping_members_ = false;
    if (StartsWith(s, "---")) return ReadBlockHeader(s);
    if (s[0] == '&') return ReadSynsetLabel(s);
    if (s[0] == '~') return ReadTransformation(s);
    if (skipping_block_) return;  // its header was reported
    if (block_ == kNone) {
      return Error(std::string(s[0] == '-' ? "pattern" : "verb") +
                   " line before any '--- NAME [CODE] ---' block header; skipped");
    }
    if (s[0] == '-') return ReadPattern(s);
    ReadVerb(s);
  }

  void ReadBlockHeader(std::string_view s) {
    std::string_view rest = Trim(s.substr(3));
    if (EndsWith(rest, "---")) rest = TrimRight(rest.substr(0, rest.size() - 3));
    std::string error;
    Bracketed code;
    std::string_view code_text = "---";
    bool ok = FindBracketed(rest, '[', ']', &code, &error);
    std::string_view name = rest;
    if (ok && code.open != std::string_view::npos) {
      name = TrimRight(rest.substr(0, code.open));
      code_text = code.inside;
      // What follows the code may be the closing dashes, even glued: `[110]---`.
      std::string_view after = Trim(rest.substr(code.close + 1));
      while (!after.empty() && after.back() == '-') after.remove_suffix(1);
      after = TrimRight(after);
      Bracketed second;
      if (!after.empty()) {
        if (after[0] == '[' && FindBracketed(after, '[', ']', &second, &error) &&
            Trim(after.substr(second.close + 1)).empty()) {
          Warning("block header has a second code [" + std::string(second.inside) +
                  "]; only the first, [" + std::string(code_text) + "], is used");
        } else {
          ok = false;
          if (error.empty()) error = "unexpected text after the code";
        }
      }
      if (ok) ok = ValidCode(code_text, &error);
    }
    if (ok && name.empty()) {
      ok = false;
      error = "block has no name";
    }
    if (!ok) {
      Error("malformed block header (" + error + "); the block's lines are skipped");
      block_ = kNone;
      skipping_block_ = true;
      return;
    }
    skipping_block_ = false;
    block_ = static_cast<uint32_t>(d_.blocks_.size());
    VerbBlock block;
    block.name = std::string(name);
    block.code = d_.InternCode(code_text);
    block.first_verb = static_cast<uint32_t>(d_.verbs_.size());
    block.verb_count = 0;
    block.first_pattern = static_cast<uint32_t>(d_.patterns_.size());
    block.pattern_count = 0;
    block.provenance = Here();
    d_.blocks_.push_back(std::move(block));
  }

  void ReadSynsetLabel(std::string_view s) {
    std::string name = NormalizeSynsetName(s);
    if (name.empty() || s.find_first_of(" \t{}[]()*$%^+") != std::string_view::npos) {
      Error("malformed synset label '" + std::string(s) + "'; its members are skipped");
      synset_ = kNone;
      skipping_members_ = true;
      return;
    }
    skipping_members_ = false;
    SynsetId id = d_.SynsetNamed(name, Here());
    Synset& set = d_.synsets_[id];
    if (set.defined) {
      Warning("synset &" + name + " is defined again (first at line " +
              std::to_string(set.provenance.line) + "); the members are added to it");
    } else {
      set.defined = true;
      set.provenance = Here();
    }
    set.plurals = s.back() != '_';
    synset_ = id;
  }

  void ReadMember(std::string_view s) {
    ++d_.member_lines_;
    std::string_view text = Trim(s.substr(1));
    SynsetMember member{0, 0, false, kNoSynset, Here()};
    if (!text.empty() && text[0] == '&') {
      std::string name = NormalizeSynsetName(text);
      if (name.empty() || text.find_first_of(" \t{}[]()*$%^+") != std::string_view::npos) {
        return Error("malformed nested synset member '" + std::string(s) + "'; skipped");
      }
      member.nested = d_.SynsetNamed(name, Here());
      d_.pending_members_[synset_].push_back(member);
      return;
    }
    if (text.empty() || text.find_first_of("{}[]()*&") != std::string_view::npos) {
      return Error("malformed synset member '" + std::string(s) +
                   "': a member is a phrase of plain words; skipped");
    }
    bool plural = d_.synsets_[synset_].plurals && text.back() != '_';
    std::vector<std::string> words;
    for (std::string_view w : SplitWhitespace(text)) {
      for (std::string_view piece : Split(w, '_')) {
        if (piece.empty()) continue;
        if (piece == "$" || piece == "+" || piece == "%" || piece == "^") {
          return Error("synset member '" + std::string(s) + "' contains the marker '" +
                       std::string(piece) + "'; skipped");
        }
        words.push_back(ToUpperAscii(piece));
      }
    }
    if (words.empty()) return Error("empty synset member; skipped");
    AddMember(words, false);
    if (plural) {
      words.back() = NounPlural(words.back());
      AddMember(words, true);
    }
  }

  void AddMember(const std::vector<std::string>& words, bool generated) {
    SynsetMember m{static_cast<uint32_t>(d_.member_tokens_.size()),
                   static_cast<uint16_t>(words.size()), generated, kNoSynset, Here()};
    for (const std::string& w : words) d_.member_tokens_.push_back(vocab_.Intern(w));
    d_.pending_members_[synset_].push_back(m);
  }

  void ReadVerb(std::string_view s) {
    std::string error;
    Bracketed forms, code;
    if (!FindBracketed(s, '{', '}', &forms, &error) || !FindBracketed(s, '[', ']', &code, &error)) {
      return Error("malformed verb line (" + error + "); skipped");
    }
    size_t head_end = std::min(forms.open, code.open);
    std::string_view head = Trim(s.substr(0, head_end));
    // Only blanks may separate and follow the {forms} and [code] parts.
    std::string rest(s.size() - std::min(head_end, s.size()), ' ');
    for (size_t i = head_end; i < s.size(); ++i) {
      bool in_forms = forms.open != std::string_view::npos && i >= forms.open && i <= forms.close;
      bool in_code = code.open != std::string_view::npos && i >= code.open && i <= code.close;
      if (!in_forms && !in_code) rest[i - head_end] = s[i];
    }
    if (!Trim(rest).empty()) {
      return Error("unexpected text '" + std::string(Trim(rest)) + "' on verb line; skipped");
    }
    if (head.empty()) return Error("verb line without a verb; skipped");
    if (code.open != std::string_view::npos && !ValidCode(code.inside, &error)) {
      return Error(error + "; verb line skipped");
    }
    std::vector<std::string_view> spaced = SplitWhitespace(head);
    std::string joined;
    for (std::string_view w : spaced) joined += (joined.empty() ? "" : "_") + std::string(w);
    VerbPhrase phrase;
    if (!ParseVerbPhrase(joined, &phrase, &error)) return Error(error + "; skipped");
    if (spaced.size() > 1) {
      Warning("multi-word verb '" + std::string(head) + "' is written with blanks; read as '" +
              joined + "' with its first word as the verb");
    }
    if (phrase.words.size() > 1 && !phrase.marked && spaced.size() == 1) {
      Warning("multi-word verb '" + std::string(head) +
              "' marks no word with '+'; its first word is taken as the verb");
    }
    std::vector<std::pair<VerbPhrase, bool>> all_forms;  // (form, generated)
    all_forms.push_back({phrase, false});
    if (forms.open == std::string_view::npos) {
      VerbForms regular_forms = RegularVerbForms(phrase.words[phrase.verb_position]);
      for (std::string* regular :
           {&regular_forms.third_person, &regular_forms.past, &regular_forms.participle}) {
        VerbPhrase f = phrase;
        f.words[phrase.verb_position] = std::move(*regular);
        all_forms.push_back({std::move(f), true});
      }
    } else {
      std::string list(forms.inside);
      std::replace(list.begin(), list.end(), ',', ' ');
      for (std::string_view item : SplitWhitespace(list)) {
        VerbPhrase f;
        if (!ParseVerbPhrase(item, &f, &error)) return Error(error + "; verb line skipped");
        if (f.words.size() > 1 && !f.marked) {
          Warning("form '" + std::string(item) +
                  "' marks no word with '+'; its first word is taken as the verb");
        }
        all_forms.push_back({std::move(f), false});
      }
    }

    VerbBlock& block = d_.blocks_[block_];
    Verb verb;
    verb.block = block_;
    verb.own_code = code.open != std::string_view::npos;
    verb.code = verb.own_code ? d_.InternCode(code.inside) : block.code;
    verb.primary = block.verb_count == 0;
    verb.multi_word = phrase.words.size() > 1;
    verb.first_form = static_cast<uint32_t>(d_.forms_.size());
    verb.form_count = static_cast<uint32_t>(all_forms.size());
    verb.provenance = Here();
    uint32_t verb_id = static_cast<uint32_t>(d_.verbs_.size());
    d_.verbs_.push_back(verb);
    ++block.verb_count;
    for (const auto& [f, generated] : all_forms) {
      VerbForm form;
      form.verb = verb_id;
      form.block = block_;
      form.code = verb.code;
      form.first_token = static_cast<uint32_t>(d_.form_tokens_.size());
      form.token_count = static_cast<uint16_t>(f.words.size());
      form.verb_position = static_cast<uint16_t>(f.verb_position);
      form.generated = generated;
      form.provenance = Here();
      for (const std::string& w : f.words) d_.form_tokens_.push_back(vocab_.Intern(w));
      d_.forms_.push_back(form);
    }
  }

  // Pattern tokenizer state: one pass over the body, building elements.
  struct PatternBuild {
    std::vector<PatternElement> before, after;
    bool seen_verb = false;
    bool verb_joined = false;
    bool next_joined = false;
    bool warned_star = false;
    std::vector<std::pair<char, size_t>> groups;  // open bracket, index of its element
    std::vector<PatternElement>& out() { return seen_verb ? after : before; }
  };

  void ReadPattern(std::string_view s) {
    std::string error;
    Bracketed code;
    if (!FindBracketed(s, '[', ']', &code, &error)) {
      return Error("malformed pattern (" + error + "); skipped");
    }
    if (code.open == std::string_view::npos) return Error("pattern has no [code]; skipped");
    if (!Trim(s.substr(code.close + 1)).empty()) {
      return Error("unexpected text after the pattern's [code]; skipped");
    }
    if (!ValidCode(code.inside, &error)) return Error(error + "; pattern skipped");
    PatternBuild b;
    if (!TokenizePattern(s.substr(1, code.open - 1), &b, &error)) {
      return Error("malformed pattern (" + error + "); skipped");
    }
    VerbPattern p;
    p.block = block_;
    p.first_element = static_cast<uint32_t>(d_.elements_.size());
    p.before_count = static_cast<uint16_t>(b.before.size());
    p.after_count = static_cast<uint16_t>(b.after.size());
    p.verb_joined = b.verb_joined;
    p.style = style_;
    p.code = d_.InternCode(code.inside);
    p.provenance = Here();
    d_.elements_.insert(d_.elements_.end(), b.before.begin(), b.before.end());
    d_.elements_.insert(d_.elements_.end(), b.after.begin(), b.after.end());
    d_.patterns_.push_back(p);
    ++d_.blocks_[block_].pattern_count;
  }

  bool TokenizePattern(std::string_view body, PatternBuild* b, std::string* error) {
    size_t i = 0;
    while (i < body.size()) {
      char c = body[i];
      if (IsSpace(c)) {
        b->next_joined = false;
        ++i;
      } else if (c == '_') {
        // `X_ ` (TABARI's open match) joins nothing: the `_` is dropped.
        b->next_joined = i + 1 < body.size() && !IsSpace(body[i + 1]);
        ++i;
      } else if (c == '{' || c == '(') {
        if (!b->groups.empty() && (c == '(' || b->groups.back().first == '{')) {
          *error = std::string("'") + c + "' inside a '" + b->groups.back().first + "' group";
          return false;
        }
        b->groups.push_back({c, b->out().size()});
        Emit(b, c == '{' ? ElementKind::kNounPhrase : ElementKind::kPrepPhrase, 0);
        ++i;
      } else if (c == '}' || c == ')') {
        char open = c == '}' ? '{' : '(';
        if (b->groups.empty()) {
          // Nothing was lost by a stray closer: keep the rest of the pattern.
          Warning(std::string("'") + c + "' without '" + open + "' in pattern; ignored");
          ++i;
          continue;
        }
        if (b->groups.back().first != open) {
          *error = std::string("'") + c + "' closes '" + b->groups.back().first + "'";
          return false;
        }
        size_t begin = b->groups.back().second;
        b->groups.pop_back();
        size_t inner = b->out().size() - begin - 1;
        if (inner == 0) {
          *error = std::string("empty '") + open + c + "' group";
          return false;
        }
        b->out()[begin].count = static_cast<uint16_t>(inner);
        b->next_joined = false;
        Emit(b, ElementKind::kGroupEnd, 0);
        ++i;
      } else {
        size_t end = i;
        while (end < body.size() && !IsSpace(body[end]) && body[end] != '_' &&
               std::string_view("{}()").find(body[end]) == std::string_view::npos) {
          ++end;
        }
        // PETRARCH splits patterns at `*`, so `*SCEPTICAL` is `* SCEPTICAL`.
        size_t star = body.substr(i, end - i).find('*');
        if (star != std::string_view::npos && end - i > 1) {
          if (!b->warned_star) Warning("'*' written against a word; read as a separate '*'");
          b->warned_star = true;
          end = star == 0 ? i + 1 : i + star;
        }
        if (body[i] == '&') end = SynsetReferenceEnd(body, i, end);
        if (!EmitWord(body.substr(i, end - i), b, error)) return false;
        i = end;
      }
      if (b->before.size() + b->after.size() > kMaxPatternElements) {
        *error = "more than " + std::to_string(kMaxPatternElements) + " elements";
        return false;
      }
    }
    if (!b->groups.empty()) {
      *error = std::string("unbalanced '") + b->groups.back().first + "'";
      return false;
    }
    if (!b->seen_verb) {
      *error = "no '*' marking the verb";
      return false;
    }
    return true;
  }

  // `&FIGHT_OF_WORDS` names one set while `&TIETYPES_RELATIONS` is the set
  // TIETYPES then the word RELATIONS: the reference is the longest `_`-prefix
  // naming a set defined so far, else the first piece alone.
  size_t SynsetReferenceEnd(std::string_view body, size_t start, size_t piece_end) {
    size_t run_end = piece_end;
    while (run_end < body.size() && !IsSpace(body[run_end]) &&
           std::string_view("{}()").find(body[run_end]) == std::string_view::npos) {
      ++run_end;
    }
    for (size_t end = run_end; end > piece_end; --end) {
      if (end < run_end && body[end] != '_') continue;
      auto it = d_.synset_ids_.find(NormalizeSynsetName(body.substr(start, end - start)));
      if (it != d_.synset_ids_.end() && d_.synsets_[it->second].defined) return end;
    }
    return piece_end;
  }

  void Emit(PatternBuild* b, ElementKind kind, uint32_t value, uint16_t count = 0) {
    b->out().push_back(PatternElement{kind, b->next_joined, count, value});
    b->next_joined = false;
  }

  bool EmitWord(std::string_view word, PatternBuild* b, std::string* error) {
    if (word == "*") {
      if (b->seen_verb) {
        *error = "more than one '*'";
        return false;
      }
      if (!b->groups.empty()) {
        *error = "'*' inside a group";
        return false;
      }
      b->seen_verb = true;
      b->verb_joined = b->next_joined;
      b->next_joined = false;
      return true;
    }
    if (word.size() == 1) {
      switch (word[0]) {
        case '$':
          return Emit(b, ElementKind::kSource, 0), true;
        case '+':
          return Emit(b, ElementKind::kTarget, 0), true;
        case '%':
          return Emit(b, ElementKind::kCompound, 0), true;
        case '^':
          return Emit(b, ElementKind::kSkip, 0), true;
        default:
          break;
      }
    }
    if (word[0] == '&') {
      std::string name = NormalizeSynsetName(word);
      if (name.empty()) {
        *error = "'&' without a synset name";
        return false;
      }
      Emit(b, ElementKind::kSynset, d_.SynsetNamed(name, Here()));
      return true;
    }
    if (word.find('/') == std::string_view::npos) {
      Emit(b, ElementKind::kWord, vocab_.Intern(ToUpperAscii(word)));
      return true;
    }
    std::vector<std::string_view> choices = Split(word, '/');
    if (std::find(choices.begin(), choices.end(), std::string_view()) != choices.end()) {
      *error = "empty alternative in '" + std::string(word) + "'";
      return false;
    }
    uint32_t first = static_cast<uint32_t>(d_.choice_tokens_.size());
    for (std::string_view c : choices) d_.choice_tokens_.push_back(vocab_.Intern(ToUpperAscii(c)));
    Emit(b, ElementKind::kWordChoice, first, static_cast<uint16_t>(choices.size()));
    return true;
  }

  void ReadTransformation(std::string_view s) {
    std::string spaced;
    for (char c : s.substr(1)) {
      if (c == '(' || c == ')' || c == '=') {
        spaced += ' ';
        spaced += c;
        spaced += ' ';
      } else {
        spaced += c;
      }
    }
    std::vector<std::string_view> t = SplitWhitespace(spaced);
    bool shape = t.size() == 11 && t[1] == "(" && t[5] == ")" && t[7] == "=";
    for (size_t k : {0, 2, 3, 4, 6, 8, 9, 10}) {
      if (!shape) break;
      shape = t[k] != "(" && t[k] != ")" && t[k] != "=";
    }
    if (!shape) {
      return Error(
          "transformation does not have the shape '~ a (b c VERB) VERB = a b CODE'; "
          "skipped");
    }
    Transformation x;
    x.outer_source = std::string(t[0]);
    x.inner_source = std::string(t[2]);
    x.inner_target = std::string(t[3]);
    x.result_source = std::string(t[8]);
    x.result_target = std::string(t[9]);
    for (auto [text, out] : {std::pair{t[4], &x.inner_verb}, std::pair{t[6], &x.outer_verb}}) {
      for (std::string_view w : Split(text, '_')) {
        if (w.empty()) return Error("empty verb word in transformation; skipped");
        out->push_back(vocab_.Intern(ToUpperAscii(w)));
      }
    }
    std::string error;
    if (!ValidCode(t[10], &error)) return Error(error + "; transformation skipped");
    x.result_code = d_.InternCode(t[10]);
    x.provenance = Here();
    d_.transformations_.push_back(std::move(x));
  }

  VerbDictionary& d_;
  std::string_view file_;
  uint32_t file_index_;
  Vocabulary& vocab_;
  Diagnostics& diag_;
  PatternStyle style_ = PatternStyle::kLinear;
  int line_ = 0;
  uint32_t block_ = kNone;
  bool skipping_block_ = false;
  SynsetId synset_ = kNone;
  bool skipping_members_ = false;
};

void VerbDictionary::Read(std::string text, std::string_view file_name, uint32_t file_index,
                          Vocabulary* vocabulary, Diagnostics* diagnostics) {
  assert(!frozen_);
  FileReader(this, file_name, file_index, vocabulary, diagnostics).Run(&text);
}

CodeId VerbDictionary::InternCode(std::string_view text) {
  auto [it, added] = code_ids_.try_emplace(std::string(text), static_cast<CodeId>(codes_.size()));
  if (added) codes_.push_back(VerbCode{std::string(text)});
  return it->second;
}

SynsetId VerbDictionary::SynsetNamed(std::string_view name, Provenance where) {
  auto [it, added] =
      synset_ids_.try_emplace(std::string(name), static_cast<SynsetId>(synsets_.size()));
  if (added) {
    Synset s;
    s.name = std::string(name);
    s.provenance = where;
    synsets_.push_back(std::move(s));
    pending_members_.emplace_back();
  }
  return it->second;
}

SynsetId VerbDictionary::FindSynset(std::string_view name) const {
  auto it = synset_ids_.find(NormalizeSynsetName(name));
  return it == synset_ids_.end() ? kNoSynset : it->second;
}

// Collects into (*flat)[id] the indices of the word members of `id` and of the
// sets nested in it; a cycle is cut where it closes (Lint reports it).
void VerbDictionary::FlattenSynset(SynsetId id, std::vector<uint8_t>* state,
                                   std::vector<std::vector<uint32_t>>* flat) const {
  enum : uint8_t { kUnseen, kActive, kDone };
  if ((*state)[id] != kUnseen) return;
  (*state)[id] = kActive;
  const Synset& s = synsets_[id];
  for (uint32_t m = s.first_member; m < s.first_member + s.member_count; ++m) {
    SynsetId nested = members_[m].nested;
    if (nested == kNoSynset) {
      (*flat)[id].push_back(m);
    } else {
      FlattenSynset(nested, state, flat);
      if ((*state)[nested] == kDone) {
        (*flat)[id].insert((*flat)[id].end(), (*flat)[nested].begin(), (*flat)[nested].end());
      }
    }
  }
  (*state)[id] = kDone;
}

void VerbDictionary::Freeze() {
  if (frozen_) return;
  for (SynsetId id = 0; id < synsets_.size(); ++id) {
    synsets_[id].first_member = static_cast<uint32_t>(members_.size());
    synsets_[id].member_count = static_cast<uint32_t>(pending_members_[id].size());
    members_.insert(members_.end(), pending_members_[id].begin(), pending_members_[id].end());
  }
  pending_members_.clear();
  pending_members_.shrink_to_fit();

  std::vector<uint8_t> state(synsets_.size(), 0);
  std::vector<std::vector<uint32_t>> flat(synsets_.size());
  std::vector<TokenId> starts;  // first words of one set's members
  for (SynsetId id = 0; id < synsets_.size(); ++id) {
    FlattenSynset(id, &state, &flat);
    std::sort(flat[id].begin(), flat[id].end());
    flat[id].erase(std::unique(flat[id].begin(), flat[id].end()), flat[id].end());
    for (uint32_t m : flat[id]) {
      synset_trie_.Insert(Words(members_[m]), id);
      starts.push_back(Words(members_[m]).front());
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (TokenId t : starts) set_starts_.Insert(std::span(&t, 1), id);
    starts.clear();
  }
  synset_trie_.Freeze();
  set_starts_.Freeze();
  ComputeNeeds(flat);

  for (uint32_t f = 0; f < forms_.size(); ++f) form_trie_.Insert(Words(forms_[f]), f);
  form_trie_.Freeze();
  frozen_ = true;
}

void VerbDictionary::ComputeNeeds(const std::vector<std::vector<uint32_t>>& flat) {
  // The synsets' signatures first: the patterns' needs are made of them.
  for (SynsetId id = 0; id < synsets_.size(); ++id) {
    for (uint32_t m : flat[id]) {
      std::span<const TokenId> words = Words(members_[m]);
      synsets_[id].first_words |= TokenBit(words.front());
      synsets_[id].last_words |= TokenBit(words.back());
    }
  }
  auto needs_of = [&](std::span<const PatternElement> elements, bool before) {
    SideNeeds needs;
    needs.first_any = static_cast<uint32_t>(any_of_.size());
    for (const PatternElement& e : elements) {
      if (e.kind == ElementKind::kWord) {
        needs.all |= TokenBit(e.value);
      } else if (e.kind == ElementKind::kWordChoice) {
        uint64_t any = 0;
        for (TokenId t : Choices(e)) any |= TokenBit(t);
        any_of_.push_back(any);
      } else if (e.kind == ElementKind::kSynset) {
        const Synset* set = e.value < synsets_.size() ? &synsets_[e.value] : nullptr;
        any_of_.push_back(set == nullptr ? 0 : before ? set->last_words : set->first_words);
      }
    }
    needs.any_count = static_cast<uint32_t>(any_of_.size()) - needs.first_any;
    return needs;
  };
  for (VerbPattern& p : patterns_) {
    p.before_needs = needs_of(Before(p), /*before=*/true);
    p.after_needs = needs_of(After(p), /*before=*/false);
  }
}

size_t VerbDictionary::MatchSynset(SynsetId synset, std::span<const TokenId> tokens) const {
  size_t best = 0;
  synset_trie_.VisitPrefixes(tokens, [&](size_t length, std::span<const uint32_t> ids) {
    if (std::find(ids.begin(), ids.end(), synset) != ids.end()) best = length;
  });
  return best;
}

VerbStats VerbDictionary::stats() const {
  VerbStats s;
  s.verb_blocks = blocks_.size();
  s.verb_forms = forms_.size();
  for (const Verb& v : verbs_) {
    (v.primary ? s.primary_verbs : s.synonyms) += 1;
    if (v.multi_word) ++s.multi_word_verbs;
  }
  for (const VerbPattern& p : patterns_) {
    (p.style == PatternStyle::kLinear ? s.linear_patterns : s.petrarch2_patterns) += 1;
    if (codes_[p.code].has_passive()) ++s.passive_patterns;
  }
  for (const Synset& set : synsets_) s.synsets += set.defined ? 1 : 0;
  s.synset_members = member_lines_;
  s.transformations = transformations_.size();
  return s;
}

namespace {

bool IsCameoCodePart(std::string_view part) {
  return part.empty() || part == "---" || FindEventCode(part) != nullptr;
}

}  // namespace

void VerbDictionary::Lint(const SourceFiles& files, Diagnostics* diagnostics) const {
  assert(frozen_);
  auto report = [&](Severity severity, Provenance where, std::string message) {
    diagnostics->Add(Diagnostic{files.Path(where.file), static_cast<int>(where.line), severity,
                                std::move(message)});
  };

  std::vector<bool> used(synsets_.size(), false);
  auto note_use = [&](SynsetId id, Provenance where) {
    used[id] = true;
    if (!synsets_[id].defined) {
      report(Severity::kError, where, "synset &" + synsets_[id].name + " is not defined");
    }
  };
  for (const VerbPattern& p : patterns_) {
    for (auto part : {Before(p), After(p)}) {
      for (const PatternElement& e : part) {
        if (e.kind == ElementKind::kSynset) note_use(e.value, p.provenance);
      }
    }
  }
  for (const Synset& s : synsets_) {
    for (const SynsetMember& m : Members(s)) {
      if (m.nested != kNoSynset) note_use(m.nested, m.provenance);
    }
  }
  for (SynsetId id = 0; id < synsets_.size(); ++id) {
    if (synsets_[id].defined && !used[id]) {
      report(Severity::kWarning, synsets_[id].provenance,
             "synset &" + synsets_[id].name + " is defined but never used");
    }
  }

  // Cycles among nested sets: walk each set's nesting chain depth-first.
  std::vector<uint8_t> state(synsets_.size(), 0);  // 0 unseen, 1 on the path, 2 done
  std::vector<SynsetId> path;
  auto visit = [&](auto&& self, SynsetId id) -> void {
    state[id] = 1;
    for (const SynsetMember& m : Members(synsets_[id])) {
      if (m.nested == kNoSynset) continue;
      if (state[m.nested] == 1) {
        report(Severity::kError, m.provenance,
               "synset &" + synsets_[id].name + " contains itself through &" +
                   synsets_[m.nested].name);
      } else if (state[m.nested] == 0) {
        self(self, m.nested);
      }
    }
    state[id] = 2;
  };
  for (SynsetId id = 0; id < synsets_.size(); ++id) {
    if (state[id] == 0) visit(visit, id);
  }

  auto check_code = [&](CodeId id, Provenance where, const char* what) {
    const VerbCode& c = codes_[id];
    if (!IsCameoCodePart(c.active()) || !IsCameoCodePart(c.passive())) {
      report(Severity::kWarning, where,
             std::string(what) + " code [" + c.text + "] is not in the CAMEO table");
    }
  };
  for (const VerbBlock& b : blocks_) check_code(b.code, b.provenance, "block");
  for (const Verb& v : verbs_) {
    if (v.own_code) check_code(v.code, v.provenance, "verb");
  }
  for (const VerbPattern& p : patterns_) check_code(p.code, p.provenance, "pattern");

  // Equal patterns of one block with different codes: the first one wins in
  // matching, so the later one is dead or the codes are a mistake.
  for (const VerbBlock& b : blocks_) {
    std::unordered_map<std::string, uint32_t> seen;
    for (uint32_t i = b.first_pattern; i < b.end_pattern(); ++i) {
      const VerbPattern& p = patterns_[i];
      std::string key(reinterpret_cast<const char*>(&p.before_count), sizeof(p.before_count));
      key += p.verb_joined ? 'j' : 's';
      for (auto part : {Before(p), After(p)}) {
        for (const PatternElement& e : part) {
          key.append(reinterpret_cast<const char*>(&e.kind), sizeof(e.kind));
          key += e.joined ? 'j' : 's';
          if (e.kind == ElementKind::kWordChoice) {
            for (TokenId t : Choices(e)) key.append(reinterpret_cast<const char*>(&t), sizeof(t));
          } else {
            key.append(reinterpret_cast<const char*>(&e.value), sizeof(e.value));
          }
        }
      }
      auto [it, added] = seen.try_emplace(std::move(key), i);
      if (added) continue;
      const VerbPattern& first = patterns_[it->second];
      if (codes_[first.code].text != codes_[p.code].text) {
        report(Severity::kWarning, p.provenance,
               "pattern repeats the one at " + files.Format(first.provenance) +
                   " with a different code ([" + codes_[p.code].text + "] vs [" +
                   codes_[first.code].text + "])");
      }
    }
  }
}

}  // namespace dyad

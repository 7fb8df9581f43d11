// Names that look like actors but that no dictionary knows: the worklist of a
// dictionary maintainer (`dyad actors --unknown`).
//
//   UnknownActorFinder finder(*set, lexicon);           // lexicon may be null
//   for (const Document& doc : docs) {
//     Status s = finder.Add(doc);
//     if (!s.ok()) Report(doc.id + ": " + s.message());  // the document is skipped
//   }
//   std::string out;
//   for (const UnknownName& n : finder.Top(50)) AppendUnknownNameJsonLine(n, &out);
//
// What counts as a name (each rule keeps a class of false names out):
//  - The segments the coder codes are read: headline, body paragraphs and
//    captions, each once. A sentence with no lower-case word other than
//    function words is not: in a title-case headline ("Lavrov Meets Kim in
//    Wonsan") or an all-capitals line every word is capitalised. Nor is one
//    where most words are glued to the punctuation before them (a URL, an
//    inlined image): that is no prose.
//  - A name is a run of up to ten capitalised words ("Sergei Lavrov", "Tamim
//    bin Hamad Al Thani": up to two lower-case connectors such as "of",
//    "bin", "al" may join capitalised words), none of them a function word,
//    a number, a compound ending in lower case ("Moscow-based"), a month or
//    weekday name, part of a date ("on Saturday", "July 12") or of a phrase
//    the actor or agent dictionaries match from any word on (those words are
//    known, and split the run: in "Russian Foreign Minister Sergei Lavrov"
//    only "Sergei Lavrov" is left).
//  - Leading honorifics ("Mr.", "Gen.", "Sheikh") are cut off the name and,
//    like an agent phrase ending right before it ("Foreign Minister X",
//    "rebel leader X"), count as a title: strong evidence of an actor. After
//    "AGENT of", words the lexicon knows name the office and join the title
//    while two words are left ("Secretary of Energy Jeffrey Kupfer"). An
//    agent phrase in capitals that the lexicon knows mainly as an adjective
//    ("Islamic State", "Muslim Brotherhood") is part of the name instead.
//  - A single word needs more: it must not open the sentence (capitals there
//    say nothing), nor stand right against an actor name, whose longer name
//    it begins or ends ("South China Sea", "Beijing Olympics"); and, unless
//    it has a title, the lexicon must not know it mainly as a verb,
//    adjective, adverb or plural noun ("Western", "Speaking"). The first word
//    of a longer run that opens the sentence is dropped on the same test.
//  - Names the document's dictionary matches already cover are not listed:
//    a name whose words are part of an actor phrase matched in the same
//    document ("Lavrov" after "Sergei Lavrov" the dictionary knows), which
//    coreference resolves. Neither are news outlets (known outlets, the
//    document's outlet) or its author.
//  - Within a document a name that is part of a longer one found there
//    ("Wadephul" after "Johann Wadephul") counts as a mention of the longer.
// Names are told apart by their dictionary form (upper case, ASCII-folded);
// each is shown as first written.
#ifndef DYAD_PIPELINE_UNKNOWN_ACTORS_H_
#define DYAD_PIPELINE_UNKNOWN_ACTORS_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/read/document.h"
#include "dyad/text/tokenizer.h"

namespace dyad {

struct UnknownActorOptions {
  size_t max_contexts = 3;    // example contexts kept per name
  size_t context_bytes = 70;  // sentence text kept on each side of the name
};

// One place a name was seen.
struct NameContext {
  std::string doc_id;
  // The sentence around the name, the name marked as [[name]]; cut at word
  // boundaries with "..." where the sentence goes on; line breaks and tabs
  // become spaces.
  std::string snippet;
  int64_t begin = 0;  // bytes [begin, end) of the name in the document text
  int64_t end = 0;
};

struct UnknownName {
  std::string name;  // as first written
  size_t mentions = 0;
  size_t documents = 0;             // documents that mention it
  size_t titled = 0;                // mentions right after a title or agent phrase
  std::vector<std::string> titles;  // distinct titles as written, first seen first, at most 3
  // Up to max_contexts, in input order, one per document before a second
  // from the same document.
  std::vector<NameContext> contexts;
};

class UnknownActorFinder {
 public:
  // `dictionaries` and `lexicon` (null: single words are judged without it)
  // must outlive the finder.
  UnknownActorFinder(const DictionarySet& dictionaries, const Lexicon* lexicon,
                     const UnknownActorOptions& options = {});

  // Adds the names of `doc`. InvalidArgument, with nothing added, when a
  // segment is too long to tokenize.
  Status Add(const Document& doc);

  // The names found so far, at most `n`: most mentions first, then most
  // titled mentions, most documents, and dictionary form. The same inputs in
  // the same order give the same list.
  std::vector<UnknownName> Top(size_t n) const;
  size_t documents() const { return documents_; }
  size_t distinct_names() const { return names_.size(); }

 private:
  struct DocumentNames;
  struct Tally {
    UnknownName shown;
    size_t last_document = SIZE_MAX;   // serial of the last document counted
    std::vector<NameContext> repeats;  // contexts from documents already shown
  };

  // Adds to *found the names of tokens [first, end), a sentence of a segment
  // that starts at byte `offset` of the document, and the actor phrases the
  // dictionaries match there.
  void ScanSentence(const TokenizedText& tokens, uint32_t first, uint32_t end, int64_t offset, DocumentNames* found);

  const DictionarySet& set_;
  const Lexicon* lexicon_;
  UnknownActorOptions options_;
  size_t documents_ = 0;
  std::map<std::string, Tally> names_;  // by dictionary form
  TokenizedText tokens_;
  std::vector<TokenId> ids_;
};

// `name` as one JSON object and a newline: {"name", "mentions", "documents",
// "titled", "titles": [...], "contexts": [{"doc_id", "text", "span": [b, e]}]}.
void AppendUnknownNameJsonLine(const UnknownName& name, std::string* out);

// `names` as a table for people: a header, then per name a row with its
// counts, name and titles, and its contexts indented beneath it.
void AppendUnknownNameTable(const std::vector<UnknownName>& names, std::string* out);

}  // namespace dyad

#endif  // DYAD_PIPELINE_UNKNOWN_ACTORS_H_

// Raw text to parse trees, single thread: the <Text> of the shared PETRARCH
// unit-test and GigaWord sample records, one paragraph each, repeated to
// REPEAT copies (default 400), tokenized, split, tagged and built into trees
// with the production dictionaries as tagging evidence. Prints sentences/s,
// MB/s (by wall and by thread CPU time), peak RSS and the time of each stage.
// Target: >= 50,000 sentences per second of CPU time. Peak RSS includes the
// stage-by-stage copies of every sentence's words and tags.
//
//   ./build/parse_bench [REPEAT]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_util.h"
#include "dyad/base/file.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/parse/phrase_structure.h"
#include "dyad/parse/tagger.h"
#include "dyad/parse/parser.h"
#include "dyad/read/petrarch_xml.h"
#include "dyad/text/sentence_splitter.h"
#include "dyad/text/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }


}  // namespace

int main(int argc, char** argv) {
  const int repeat = argc > 1 ? std::atoi(argv[1]) : 400;
  const std::string dir = dyad::bench::SharedDir() + "/peers/petrarch2/";
  std::string paragraphs;
  for (const char* name : {"PETR.UnitTest.visible.xml", "GigaWord.sample.PETR.xml"}) {
    auto text = dyad::ReadFile(dir + name);
    if (!text.ok()) {
      std::fprintf(stderr, "parse_bench: %s\n", text.status().ToString().c_str());
      return 2;
    }
    dyad::Diagnostics diagnostics;
    dyad::PetrarchXmlOptions options;
    options.build_trees = false;
    auto file = dyad::ReadPetrarchXml(*text, name, &diagnostics, options);
    if (!file.ok()) return 2;
    for (const auto& item : file->items) {
      if (const auto* r = std::get_if<dyad::PetrarchRecord>(&item)) paragraphs += r->text + "\n\n";
    }
  }
  std::string corpus;
  for (int i = 0; i < repeat; ++i) corpus += paragraphs;

  const dyad::DictionaryPaths paths = dyad::Petrarch2ProductionSet(dir);
  dyad::Diagnostics diagnostics;
  auto set = dyad::DictionarySet::Load(paths, &diagnostics);
  auto lexicon = dyad::Lexicon::Shared();
  if (!set.ok() || !lexicon.ok()) {
    std::fprintf(stderr, "parse_bench: dictionaries or WordNet missing\n");
    return 2;
  }

  // Stage by stage, each timed on its own.
  auto start = Clock::now();
  dyad::TokenizedText tokens;
  if (!dyad::Tokenize(corpus, &tokens).ok()) return 2;
  const double tokenize = Since(start);
  start = Clock::now();
  dyad::SentenceSplit split = dyad::SplitSentences(tokens);
  const double split_time = Since(start);

  dyad::PosTagger tagger(lexicon->get(), dyad::TaggerDictionaries::Of(**set));
  dyad::PhraseStructure structure;
  std::vector<std::vector<std::string_view>> words(split.sentences.size());
  for (size_t s = 0; s < split.sentences.size(); ++s) {
    for (uint32_t t = split.sentences[s].first_token; t < split.sentences[s].end_token; ++t)
      words[s].push_back(dyad::Parser::TreeWord(tokens.Norm(tokens[t])));
  }
  std::vector<std::vector<dyad::PosTag>> tags(words.size());
  start = Clock::now();
  for (size_t s = 0; s < words.size(); ++s) tagger.Tag(words[s], &tags[s]);
  const double tag = Since(start);
  dyad::ParseTree tree;
  size_t nodes = 0;
  start = Clock::now();
  for (size_t s = 0; s < words.size(); ++s) {
    structure.Build(words[s], tags[s], &tree);
    nodes += tree.node_count();
  }
  const double chunk = Since(start);

  // End to end through the Parser, as `dyad` would run it.
  dyad::Parser parser(lexicon->get(), dyad::TaggerDictionaries::Of(**set));
  size_t parsed = 0;
  start = Clock::now();
  const double cpu_start = dyad::bench::ThreadCpuSeconds();
  if (!parser.ParseText(corpus, [&](const dyad::TextSegment&, const dyad::ParseTree& t) { parsed += t.token_count() > 0; }).ok()) return 2;
  const double total = Since(start);
  const double cpu = dyad::bench::ThreadCpuSeconds() - cpu_start;

  const double sentences = static_cast<double>(split.sentences.size());
  const double mb = corpus.size() / 1e6;
  std::printf("parse_bench: %zu sentences, %zu tokens, %.1f MB, %zu nodes\n", split.sentences.size(),
              tokens.size(), mb, nodes);
  std::printf("stages: tokenize %.3f s, split %.3f s, tag %.3f s, chunk %.3f s (sum %.3f s)\n", tokenize,
              split_time, tag, chunk, tokenize + split_time + tag + chunk);
  std::printf("end to end (%zu trees): wall %.3f s, %.0f sentences/s, %.1f MB/s; thread CPU %.3f s, %.0f sentences/s, %.1f MB/s\n",
              parsed, total, sentences / total, mb / total, cpu, sentences / cpu, mb / cpu);
  std::printf("target: >= 50,000 sentences/s of thread CPU time\n");
  std::printf("peak RSS: %.1f MiB\n", dyad::bench::PeakRssMiB());
  const bool ok = sentences / cpu >= 50000;
  std::printf("%s\n", ok ? "target met" : "TARGET MISSED");
  return ok ? 0 : 1;
}

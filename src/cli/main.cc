// The dyad command line: a thin layer over the library. Each subcommand parses
// its options here and calls one library entry point.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data (CAMEO) from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);

  dyad::cli::DictionaryFlags dict_flags;
  auto add_dictionary_options = [&dict_flags](CLI::App* cmd) {
    cmd->add_option("--dict", dict_flags.dir, "Load the dictionary set in DIR instead of the built-in one");
    cmd->add_option("--verbs", dict_flags.paths.verbs, "Verb dictionary file (replaces the set's)");
    cmd->add_option("--actors", dict_flags.paths.actors, "Actor dictionary file(s), comma-separated")
        ->delimiter(',')
        ->allow_extra_args(false);  // FILE,FILE: the next word is an input PATH
    cmd->add_option("--agents", dict_flags.paths.agents, "Agent dictionary file");
    cmd->add_option("--discards", dict_flags.paths.discards, "Discard list file");
    cmd->add_option("--issues", dict_flags.paths.issues, "Issue coding file");
  };

  CLI::App* dict = app.add_subcommand("dict", "Inspect and check dictionaries");
  dict->require_subcommand(1);
  CLI::App* stats = dict->add_subcommand("stats", "Print entry counts per dictionary part and the load time");
  add_dictionary_options(stats);
  CLI::App* lint = dict->add_subcommand("lint", "Report dictionary problems as FILE:LINE: reason");
  add_dictionary_options(lint);

  dyad::cli::ValidateFlags validate_flags;
  CLI::App* validate = app.add_subcommand("validate", "Code a PETRARCH validation file and compare with its expected events");
  validate->add_option("records", validate_flags.records, "Validation XML file")->required();
  validate->add_flag("--parsed", validate_flags.parsed,
                     "Code the <Parse> trees given in the file (else dyad parses each <Text> itself)");

  dyad::cli::CodeFlags code_flags;
  CLI::App* code = app.add_subcommand("code", "Code news into CAMEO events, one JSON line per event");
  code->add_option("paths", code_flags.paths, "Input files or directories (all files, by name); - or none: stdin");
  code->add_option("--input-format", code_flags.input_format, "Input format (default: detected from the content)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "petrarch-xml"}));
  code->add_flag("--parsed", code_flags.parsed, "Code the Penn Treebank <Parse> trees given in the input");
  code->add_option("--format", code_flags.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv-phoenix"}));
  code->add_option("--threads", code_flags.threads, "Coding threads (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  code->add_option("--output,-o", code_flags.output, "Write events to FILE instead of stdout");
  code->add_flag("--quiet,-q", code_flags.quiet, "No progress line on stderr");
  code->add_option("--dedup", code_flags.dedup,
                   "Merge duplicate events within each article (article, default) or across articles by "
                   "(date, source, target, code) (day)")
      ->check(CLI::IsMember({"article", "day"}));
  add_dictionary_options(code);

  dyad::cli::ActorsFlags actors_flags;
  CLI::App* actors = app.add_subcommand("actors", "List names in the inputs that look like actors, for dictionary work");
  actors->add_option("paths", actors_flags.paths, "Input files or directories (all files, by name); - or none: stdin");
  actors->add_flag("--unknown", actors_flags.unknown,
                   "The most frequent names that no actor or agent dictionary covers, with example contexts");
  actors->add_option("--input-format", actors_flags.input_format, "Input format (default: detected from the content)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  actors->add_option("--format", actors_flags.format, "Output: a table for people (default) or jsonl for tools")
      ->check(CLI::IsMember({"table", "jsonl"}));
  actors->add_option("--top", actors_flags.top, "How many names to list (default 50)")->check(CLI::PositiveNumber);
  actors->add_option("--examples", actors_flags.examples, "Example contexts per name (default 3)")
      ->check(CLI::NonNegativeNumber);
  actors->add_flag("--quiet,-q", actors_flags.quiet, "No summary line on stderr");
  add_dictionary_options(actors);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here with 0; usage errors get our code 2.
    return app.exit(e) == 0 ? dyad::cli::kExitOk : dyad::cli::kExitFailure;
  }

  if (stats->parsed()) return dyad::cli::RunDictStats(dict_flags);
  if (lint->parsed()) return dyad::cli::RunDictLint(dict_flags);
  if (validate->parsed()) return dyad::cli::RunValidate(validate_flags);
  if (code->parsed()) return dyad::cli::RunCode(code_flags, dict_flags);
  if (actors->parsed()) return dyad::cli::RunActors(actors_flags, dict_flags);
  return dyad::cli::kExitFailure;
}

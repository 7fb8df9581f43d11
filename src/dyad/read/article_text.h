// Articles as users paste or save them from a news site: the `text` input
// format, one article per file.
//
//   Diagnostics diags;
//   Document doc = ReadTextArticle(std::move(bytes), DocumentIdFromPath(path), &diags);
//   doc.title;                         // the headline
//   doc.published.date.ToString();     // "2025-07-12", or "" when unknown
//   for (const Segment& s : doc.CodedSegments()) Code(doc.SegmentText(s));
//
// How the text is cut (see document.h for the roles):
//  - Lines are the unit. A line is a headline, byline, caption, related-story
//    line or boilerplate by its own shape, wherever it stands; remaining lines
//    are body text. Body lines form one paragraph each, except in hard-wrapped
//    text (most long lines inside blank-line-separated blocks end without
//    final punctuation), where each block is one paragraph.
//  - The headline is the first line, unless that line is an outlet line,
//    boilerplate, a caption, or a long punctuated sentence or a dateline
//    opening the body. Short unpunctuated lines between it and the body are
//    subheadlines (also kHeadline; in hard-wrapped text only when alone
//    between blank lines); the title is the first.
//  - Outlet lines (outlet_line.h) anywhere set outlet, author and date; the
//    first publication date wins over "Updated" ones.
//  - A dateline opening one of the first three body paragraphs becomes its own
//    segment (recognised as the sentence splitter does); its agency, as in
//    "KYIV (Reuters) -", is the outlet when no line named one.
//  - In the body, a paragraph of one short line without final punctuation is a
//    related-story line: sites print other stories' headlines between
//    paragraphs, and they are not part of this story.
//  - A caption or paragraph whose text repeats an earlier one is marked with
//    duplicate_of and not coded.
// Problems (an outlet date that cannot be read, invalid UTF-8) are warnings
// `doc_id: reason`; the document is always read.
#ifndef DYAD_READ_ARTICLE_TEXT_H_
#define DYAD_READ_ARTICLE_TEXT_H_

#include <string>
#include <string_view>

#include "dyad/base/diagnostics.h"
#include "dyad/read/document.h"

namespace dyad {

struct ArticleOptions {
  // The caller's locale hint ("en-US", "en-GB") for documents that carry
  // none of their own; when set it decides how all-numeric dates are read,
  // before any outlet's convention.
  std::string locale;
};

// Cuts doc->text into doc->segments and fills title, outlet, author,
// published and locale from what the text says, keeping any already set
// (a jsonl document's "title", "date", "outlet" win over the text's). When
// doc->title is set, the text's first line is the headline only if it is that
// title; otherwise doc->title_outside_text is set. Diagnostics name doc->id.
void SegmentArticle(Document* doc, Diagnostics* diagnostics, const ArticleOptions& options = {});

// The `text` format: `text` is one whole article; `id` its document id.
Document ReadTextArticle(std::string text, std::string id, Diagnostics* diagnostics,
                         const ArticleOptions& options = {});

// The document id of a file: its name without directories and without the
// last extension ("in/lavrov-kim.txt" -> "lavrov-kim", ".profile" ->
// ".profile", "-" -> "stdin").
std::string DocumentIdFromPath(std::string_view path);

}  // namespace dyad

#endif  // DYAD_READ_ARTICLE_TEXT_H_

// Building HTML and URLs safely: every value that reaches a page goes through
// Escape() or Link, so text from documents and queries is never markup.
#ifndef TANDEM_PIPELINE_WORKBENCH_HTML_H_
#define TANDEM_PIPELINE_WORKBENCH_HTML_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::workbench {

// & < > " ' escaped; C0 controls but tab and line breaks dropped (formats::XmlEscape).
std::string Escape(std::string_view text);

// `text` escaped, with the byte ranges [begin, end) wrapped in <mark>
// (ranges sorted or not, overlapping merged; ranges outside `text` or not on
// UTF-8 boundaries are moved or ignored, never split a character).
std::string Marked(std::string_view text, std::vector<std::pair<size_t, size_t>> ranges);

// Percent-encoding for a query-string value (RFC 3986 unreserved kept).
std::string UrlEncode(std::string_view value);

// A URL of the workbench: a path and its query parameters, in order, so that
// every state of a page has one stable, shareable address.
class Link {
 public:
  explicit Link(std::string path) : path_(std::move(path)) {}

  // Adds name=value (nothing when value is empty).
  Link& Add(const std::string& name, const std::string& value);
  // Sets name to value alone (removes it when value is empty).
  Link& Set(const std::string& name, const std::string& value);
  // Removes every value of name.
  Link& Remove(const std::string& name);
  // Removes name=value when present, else adds it (a facet click).
  Link& Toggle(const std::string& name, const std::string& value);
  bool Has(const std::string& name, const std::string& value) const;

  std::string str() const;  // "/search?q=a%20b&ui=fr"

 private:
  std::string path_;
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_HTML_H_

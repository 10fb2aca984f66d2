#include "pipeline/workbench/html.h"

#include <algorithm>
#include <cctype>

#include "pipeline/formats/xml_escape.h"

namespace tandem::workbench {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Moves `at` back to the start of the UTF-8 character it falls in.
size_t CharStart(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && IsContinuation(static_cast<unsigned char>(text[at]))) --at;
  return at;
}

}  // namespace

std::string Escape(std::string_view text) { return formats::XmlEscape(text); }

std::string Marked(std::string_view text, std::vector<std::pair<size_t, size_t>> ranges) {
  for (auto& [begin, end] : ranges) {
    begin = CharStart(text, std::min(begin, text.size()));
    end = std::min(end, text.size());
    while (end < text.size() && IsContinuation(static_cast<unsigned char>(text[end]))) ++end;
  }
  std::sort(ranges.begin(), ranges.end());
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < ranges.size(); ++i) {
    size_t begin = std::max(ranges[i].first, at);
    size_t end = ranges[i].second;
    while (i + 1 < ranges.size() && ranges[i + 1].first <= end)
      end = std::max(end, ranges[++i].second);
    if (end <= begin) continue;
    out += Escape(text.substr(at, begin - at));
    out += "<mark>";
    out += Escape(text.substr(begin, end - begin));
    out += "</mark>";
    at = end;
  }
  out += Escape(text.substr(at));
  return out;
}

std::string UrlEncode(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : value) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

Link& Link::Add(const std::string& name, const std::string& value) {
  if (!value.empty()) params_.emplace_back(name, value);
  return *this;
}

Link& Link::Set(const std::string& name, const std::string& value) {
  Remove(name);
  return Add(name, value);
}

Link& Link::Remove(const std::string& name) {
  params_.erase(std::remove_if(params_.begin(), params_.end(),
                               [&](const auto& p) { return p.first == name; }),
                params_.end());
  return *this;
}

Link& Link::Toggle(const std::string& name, const std::string& value) {
  const auto it = std::find(params_.begin(), params_.end(), std::pair(name, value));
  if (it != params_.end()) {
    params_.erase(it);
  } else {
    Add(name, value);
  }
  return *this;
}

bool Link::Has(const std::string& name, const std::string& value) const {
  return std::find(params_.begin(), params_.end(), std::pair(name, value)) != params_.end();
}

std::string Link::str() const {
  std::string out = path_;
  char separator = '?';
  for (const auto& [name, value] : params_) {
    out.push_back(separator);
    out += UrlEncode(name);
    out.push_back('=');
    out += UrlEncode(value);
    separator = '&';
  }
  return out;
}

}  // namespace tandem::workbench

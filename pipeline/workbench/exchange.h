// What the workbench answers: an HTTP request and response reduced to what
// the pages and the API need, so that the workbench is tested without a
// socket and the HTTP library stays in pipeline/http.
#ifndef TANDEM_PIPELINE_WORKBENCH_EXCHANGE_H_
#define TANDEM_PIPELINE_WORKBENCH_EXCHANGE_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tandem::workbench {

// A file sent in a multipart form.
struct UploadedFile {
  std::string field;     // the form field ("draft")
  std::string filename;  // as the browser sent it; never used as a path
  std::string content;
};

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded, without the query string
  // Query-string and form fields, in order; a name may repeat (facets).
  std::multimap<std::string, std::string> params;
  std::vector<UploadedFile> files;
  std::string accept_language;  // the Accept-Language header, for the default interface language
  std::string host;             // the Host header, port included ("127.0.0.1:8080")
  std::string origin;           // the Origin header ("http://127.0.0.1:8080"), "" when absent
  std::string fetch_site;       // the Sec-Fetch-Site header ("same-origin", "cross-site"...), "" when absent
  std::string cookie;           // the Cookie header, as sent

  // The value of cookie `name`, or "".
  std::string Cookie(const std::string& name) const;

  // The first value of `name`, or "".
  std::string Param(const std::string& name) const;
  // Every value of `name`, in order, empty values left out.
  std::vector<std::string> Params(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // beyond Content-Type
};

}  // namespace tandem::workbench

#endif  // TANDEM_PIPELINE_WORKBENCH_EXCHANGE_H_

// GraphViz DOT writer, the layout choice, and ValidUtf8 (shared by every writer).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>

#include "graph/cameo.h"
#include "graph/export.h"
#include "graph/id_escape.h"

namespace geokg {

std::string ValidUtf8(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    size_t subpart = 1;
    if (size_t length = Utf8SequenceAt(text, i, &cp, &subpart); length > 0) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += kReplacement;
      i += subpart;
    }
  }
  return out;
}

bool ParseLayout(std::string_view name, Layout* layout) {
  if (name == "auto") *layout = Layout::kAuto;
  else if (name == "dot") *layout = Layout::kDot;
  else if (name == "sfdp") *layout = Layout::kSfdp;
  else if (name == "neato") *layout = Layout::kNeato;
  else return false;
  return true;
}

std::string_view LayoutProgram(Layout layout) {
  switch (layout) {
    case Layout::kSfdp: return "sfdp";
    case Layout::kNeato: return "neato";
    case Layout::kAuto:
    case Layout::kDot: break;
  }
  return "dot";
}

bool IsLargeDiagram(const Subgraph& graph, const DotOptions& options) {
  return graph.actors.size() > options.sfdp_above || graph.edges.size() > options.sfdp_above_edges;
}

Layout ChooseLayout(const Subgraph& graph, const DotOptions& options) {
  if (options.layout != Layout::kAuto) return options.layout;
  return IsLargeDiagram(graph, options) ? Layout::kSfdp : Layout::kDot;
}

std::string DotQuote(std::string_view text) {
  std::string valid = ValidUtf8(text);
  std::string out = "\"";
  for (size_t i = 0; i < valid.size(); ++i) {
    char c = valid[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '&': out += "&amp;"; break;  // Graphviz decodes entities in plain labels
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 < valid.size() && valid[i + 1] == '\n') break;  // CR LF: one break
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
        else out += c;
    }
  }
  out += '"';
  return out;
}

namespace {

// Code points a DOT node name carries as they are (line breaks are escaped).
bool DotIdCarries(uint32_t cp) { return (cp >= 0x20 && cp != 0x7F) || cp == '\n' || cp == '\r'; }

// `text` as a quoted DOT node name: unlike labels, names are not interpreted
// further, so only the lexer's escapes are needed (quote and backslash); line
// breaks are written as \n and \r, other control characters and invalid
// UTF-8 as \xHH (EscapeId), so that distinct ids stay distinct nodes.
std::string DotId(std::string_view text) {
  std::string out = "\"";
  for (char c : EscapeId(text, &DotIdCarries)) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + '"';
}

constexpr const char* kFont = "Helvetica,Arial,sans-serif";

struct TypeStyle {
  const char* shape;
  const char* style;
  const char* fill;
  const char* legend;  // how the legend describes the type
};

// Node look per ActorType (indexed by its value).
constexpr std::array<TypeStyle, kActorTypeCount> kTypeStyles = {{
    {"box", "filled", "#9ecae1", "country"},
    {"box", "filled,rounded", "#deebf7", "government body"},
    {"ellipse", "filled", "#fdd0a2", "person"},
    {"hexagon", "filled", "#dadaeb", "organisation"},
    {"octagon", "filled,bold", "#fee391", "armed group"},
    {"house", "filled", "#f2d4e8", "party"},
    {"ellipse", "filled", "#f0f0f0", "other"},
    {"box", "filled,dashed", "#c7e9c0", "sector of a country"},
}};

const TypeStyle& StyleOf(ActorType type) {
  size_t i = static_cast<size_t>(type);
  return kTypeStyles[i < kTypeStyles.size() ? i : static_cast<size_t>(ActorType::kOther)];
}

// Edge classes: quad 1..4, 0 uncoded event, 5 affiliation.
constexpr int kAffiliationClass = 5;
constexpr std::array<const char*, 6> kClassColors = {
    "#969696", "#74c476", "#006d2c", "#fb6a4a", "#a50f15", "#6baed6"};
// Darker shades of the same colours for edge labels, readable on white.
constexpr std::array<const char*, 6> kClassTextColors = {
    "#636363", "#238b45", "#00441b", "#de2d26", "#67000d", "#2171b5"};
constexpr std::array<const char*, 6> kClassNames = {
    "event without CAMEO code", "verbal cooperation", "material cooperation",
    "verbal conflict", "material conflict", "affiliation (role, membership)"};

int EdgeClass(const EdgeRecord& edge) {
  if (edge.key.kind == RelationKind::kAffiliation) return kAffiliationClass;
  int quad = edge.quad >= 1 && edge.quad <= 4 ? edge.quad : QuadClassOfCameo(edge.cameo);
  return quad >= 1 && quad <= 4 ? quad : 0;
}

// 1 for one mention, growing with the logarithm of the count, at most 8.
std::string PenWidth(uint64_t mentions) {
  double width = 1.0 + 1.5 * std::log2(static_cast<double>(std::max<uint64_t>(mentions, 1)));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", std::min(width, 8.0));
  return buf;
}

std::string EdgeText(const EdgeRecord& edge) {
  std::string text = edge.key.polarity == Polarity::kNegative ? "not " : "";
  text += edge.key.predicate;
  text += " (" + std::to_string(edge.mentions) + ")";
  return text;
}

// Escapes text for an HTML-like label (the legend's title).
std::string HtmlText(std::string_view text) {
  std::string out;
  for (char c : ValidUtf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<BR/>"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
        else out += c;
    }
  }
  return out;
}

// The legend as an HTML-like table, used as the graph's label so that every
// layout engine draws it (clusters are ignored by sfdp and neato).
std::string Legend(const Subgraph& graph, const DotOptions& options) {
  std::set<size_t> types;
  for (const auto& actor : graph.actors) types.insert(static_cast<size_t>(actor.type));
  std::set<int> classes;
  bool negated = false;
  for (const auto& edge : graph.edges) {
    classes.insert(EdgeClass(edge));
    negated = negated || edge.key.polarity == Polarity::kNegative;
  }
  std::string html = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">";
  if (!options.title.empty()) {
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + HtmlText(options.title) + "</B></TD></TR>";
  }
  for (size_t type : types) {
    const TypeStyle& style = StyleOf(static_cast<ActorType>(type));
    html += std::string("<TR><TD BGCOLOR=\"") + style.fill + "\" BORDER=\"1\">" + style.shape +
            "</TD><TD ALIGN=\"LEFT\">" + style.legend + "</TD></TR>";
  }
  for (int cls : classes) {
    html += std::string("<TR><TD><FONT COLOR=\"") + kClassColors[cls] +
            "\"><B>&#8212;&#8212;&#9654;</B></FONT></TD><TD ALIGN=\"LEFT\">" + kClassNames[cls] +
            "</TD></TR>";
  }
  if (negated) {
    html += "<TR><TD>- - -&#9654;</TD><TD ALIGN=\"LEFT\">negated (did not, refused)</TD></TR>";
  }
  if (!graph.edges.empty()) {
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">thicker: more evidence; (n): mentions</TD></TR>";
  }
  html += "</TABLE>>";
  return html;
}

}  // namespace

Status WriteDot(const Subgraph& graph, const DotOptions& options, std::ostream& out) {
  Layout layout = ChooseLayout(graph, options);
  bool large = IsLargeDiagram(graph, options);
  out << "// geokg export: " << graph.actors.size() << " actors, " << graph.edges.size()
      << " relations\n";
  out << "digraph geokg {\n";
  // A large drawing is viewed zoomed out: a bigger legend stays readable.
  out << "  graph [layout=" << LayoutProgram(layout) << ", fontname=\"" << kFont
      << "\", fontsize=" << (large ? 16 : 10) << ", bgcolor=white";
  if (layout == Layout::kDot) {
    out << ", rankdir=LR, nodesep=0.3, ranksep=0.6";
  } else {
    // Force-directed layouts: remove node overlaps, keep straight edges (fast
    // on thousands of nodes), draw edges under nodes.
    out << ", overlap=prism, splines=false, outputorder=edgesfirst";
    if (layout == Layout::kNeato) out << ", sep=\"+6\"";
  }
  if (options.legend && (!graph.actors.empty() || !options.title.empty())) {
    out << ",\n         labelloc=b, labeljust=l, label=" << Legend(graph, options);
  } else if (!options.title.empty()) {
    out << ", labelloc=t, label=" << DotQuote(options.title);
  }
  out << "];\n";
  out << "  node [fontname=\"" << kFont << "\", fontsize=11, penwidth=0.8, margin=\"0.08,0.04\"];\n";
  out << "  edge [fontname=\"" << kFont << "\", fontsize=9, arrowsize=0.7];\n";

  for (const auto& actor : graph.actors) {
    const TypeStyle& style = StyleOf(actor.type);
    std::string tooltip = actor.name + " (" + std::string(ToString(actor.type)) + ", " + actor.id;
    if (!actor.country.empty() && actor.country != actor.id) tooltip += ", " + actor.country;
    tooltip += ", " + std::to_string(actor.mentions) +
               (actor.mentions == 1 ? " mention)" : " mentions)");
    out << "  " << DotId(actor.id) << " [label=" << DotQuote(actor.name)
        << ", shape=" << style.shape << ", style=\"" << style.style << "\", fillcolor=\""
        << style.fill << "\", tooltip=" << DotQuote(tooltip);
    if (options.actor_url) out << ", URL=" << DotQuote(options.actor_url(actor));
    out << "];\n";
  }
  for (const auto& edge : graph.edges) {
    int cls = EdgeClass(edge);
    std::string text = EdgeText(edge);
    out << "  " << DotId(edge.key.subject) << " -> " << DotId(edge.key.object) << " [color=\""
        << kClassColors[cls] << "\", penwidth=" << PenWidth(edge.mentions);
    if (edge.key.polarity == Polarity::kNegative) out << ", style=dashed";
    if (cls == kAffiliationClass) out << ", arrowhead=odot";
    if (!large) out << ", label=" << DotQuote(text) << ", fontcolor=\"" << kClassTextColors[cls] << "\"";
    std::string tooltip = text;
    if (!edge.cameo.empty()) tooltip += ", CAMEO " + edge.cameo;
    if (!edge.first_date.empty()) {
      tooltip += ", " + edge.first_date;
      if (edge.last_date != edge.first_date) tooltip += " to " + edge.last_date;
    }
    out << ", tooltip=" << DotQuote(tooltip);
    if (options.edge_url) out << ", URL=" << DotQuote(options.edge_url(edge));
    out << "];\n";
  }
  out << "}\n";
  if (!out) return Status::IOError("cannot write the DOT output");
  return Status::OK();
}

}  // namespace geokg

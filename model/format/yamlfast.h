#pragma once

#include <QByteArray>

class YamlTree;

/// A fast reader for the YAML the designer itself writes: block mappings and sequences
/// indented with spaces, one-line flow collections, plain, single- and double-quoted
/// scalars on one line, and literal block scalars. It builds exactly the tree that
/// yaml-cpp's event parser builds (same nodes, text, lines and columns), several times
/// faster, and gives up on anything else: comments, anchors and aliases, tags, tabs,
/// several documents, multi-line plain or quoted scalars, explicit keys, an empty value
/// at the end of the text, and every kind of error. The caller then reads the text with yaml-cpp, so a file
/// reads the same whichever reader took it, and every message comes from one place.
/// tests/tst_yamlfast.cpp and the fuzz target fuzz_yamlfast compare the two readers.
namespace YamlFast {

/// Reads `data` into `tree` (cleared first). False, with the tree in an unspecified state,
/// when the text is outside the shapes above.
bool parse(const QByteArray &data, YamlTree &tree);

} // namespace YamlFast

#pragma once

#include <QString>

class Design;

/// The first difference between two designs, or "" when they are equal in meaning:
/// compared object by object through the property table (so that the check does not
/// depend on the writer it tests), parents, unknown keys and layout included. Scalars kept
/// as written compare by text and by whether a reader takes them for a string: a plain
/// `-` read from a flow list is saved quoted, and means the same.
QString designDifference(const Design &a, const Design &b);

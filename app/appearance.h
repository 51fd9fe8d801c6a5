#pragma once

#include <QPalette>
#include <QString>

/// The window's colours: the desktop's palette (the default), or light or dark whatever
/// the desktop says (Fusion style with a palette of ours). The canvas, the overview and
/// the timeline follow the palette either way.
namespace Appearance {

enum class Mode { System, Light, Dark };

Mode fromName(const QString &name); // "system", "light", "dark"; anything else: System
QString name(Mode mode);
/// Applies a mode to the running application.
void apply(Mode mode);
/// The palette of the dark mode (also for tests).
QPalette darkPalette();

} // namespace Appearance

#pragma once

#include <QObject>

#include <functional>

/// Work on a copy of the design off the UI thread, for panels that compute while the
/// user goes on editing. `work` runs on a worker thread and returns what to do with its
/// result; that runs later on `owner`'s thread, and only if `owner` still exists. An
/// owner waits for its workers when it goes (`waitAll` in its destructor), since a
/// worker may still be reading a copy the owner handed it.
namespace BackgroundWork {

void run(QObject *owner, std::function<std::function<void()>()> work);
/// Blocks until every worker started by `run` has finished.
void waitAll();

} // namespace BackgroundWork

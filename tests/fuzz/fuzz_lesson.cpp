// Lesson and challenge files (docs/study.md): any bytes. A design that reads has its lesson
// section read; a lesson that reads is graded against itself and keeps an answer given,
// and none of it crashes, hangs or leaks.

#include "designformat.h"
#include "grader.h"
#include "lesson.h"

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (64 << 10))
        return 0; // lessons are small; the design reader has its own target for big files
    const LoadResult r =
        DesignFormat::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("l.yaml"));
    if (!r.ok())
        return 0;
    QString why;
    const auto lesson = Study::parse(r.design->lesson, &why);
    if (!lesson) {
        if (why.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const Study::Grade g = Study::grade(*lesson, *r.design, *r.design, *lesson);
    if (g.score < 0 || g.score > 100 || g.goals.size() != lesson->goals.size())
        __builtin_trap();
    for (const Study::Goal &goal : lesson->goals)
        if (goal.kind == Study::Goal::Kind::Question) {
            const auto again = Study::parse(Study::withAnswer(r.design->lesson, goal.id, goal.answer), &why);
            if (!again || again->answerTo(goal.id) != goal.answer) {
                std::fprintf(stderr, "an answer was not kept: %s\n", qPrintable(why));
                __builtin_trap();
            }
        }
    return 0;
}

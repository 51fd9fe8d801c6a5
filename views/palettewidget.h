#pragma once

#include <QListWidget>

/// The objects the user can draw: drag one onto the canvas to create it there.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

#pragma once

#include "dossieroptions.h"

#include <QMap>
#include <QString>
#include <QWidget>

class QTableWidget;

namespace plaint {

struct Case;
struct Event;

// The export dialog's list of exhibits, where the user names each one as the
// dossier should ("Bill for April 2021") and says what it proves ("that the
// 189 plan was still charged after the change was asked for"). The court's
// 证据目录 prints both. What is typed is remembered on this computer per case,
// like the complainant's details: it is the user's wording, not evidence, so
// it does not go into the library.
class ExhibitDescriptions final : public QWidget
{
    Q_OBJECT

public:
    explicit ExhibitDescriptions(QWidget *parent = nullptr);

    // One row per distinct piece of evidence, in the order of the timeline.
    void load(const Case &theCase, const QList<Event> &events);
    QMap<QString, DossierOptions::ExhibitText> texts() const;
    void remember() const;
    int count() const;

Q_SIGNALS:
    void changed();

private:
    QString settingsGroup() const;

    QTableWidget *m_table = nullptr;
    QString m_caseKey;
};

} // namespace plaint

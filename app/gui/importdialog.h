#pragma once

#include "backupnumbers.h"
#include "case.h"
#include "importjob.h"

#include <QDialog>
#include <QThread>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace plaint {

class ImportWorker;

// File → Import messages and calls…, and pasted text: brings a phone's SMS
// and call backups, e-mail, photos and screenshots, or a chat transcript
// into the case. The user chooses what, picks the company's numbers from
// those the backup holds (with how many messages each), sees a preview made
// by a dry run (what will be added, what is already there, what is skipped
// and why), and then imports, off the window's thread, in one transaction,
// with progress and a Cancel that leaves nothing behind.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum class State { Editing, ReadingNumbers, Previewing, Previewed, Importing, Done };

    ImportDialog(const QString &libraryPath, const Case &target, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What the user chooses, callable from tests.
    void setFiles(const QStringList &paths); // guesses what they hold; reads a backup's numbers
    void setPastedText(const QString &text);
    void setKind(ImportJob::Kind kind);
    ImportJob::Kind kind() const;
    void preview();
    void startImport();
    void cancelWork();

    // Parts the tests drive.
    State state() const { return m_state; }
    QListWidget *numberList() const { return m_numbers; }
    QLineEdit *otherNumbers() const { return m_otherNumbers; }
    QLineEdit *myAddresses() const { return m_myAddresses; }
    QPlainTextEdit *pastedText() const { return m_text; }
    QDateEdit *copiedOn() const { return m_copiedOn; }
    QComboBox *encoding() const { return m_encoding; }
    QCheckBox *findPromises() const { return m_promises; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTreeWidget *previewTree() const { return m_preview; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    const ImportJob::Report &lastReport() const { return m_report; }

Q_SIGNALS:
    void stateChanged(plaint::ImportDialog::State state);
    // After an import that was written: the window shows the new events.
    void imported(qint64 caseId, int added);

public Q_SLOTS:
    // Close; while working, stop first and close when stopped.
    void reject() override;

private:
    void buildLayout();
    void chooseFiles();
    void readNumbers();
    void settingsChanged();
    void setState(State state);
    void showStatus(const QString &text, bool problem = false);
    std::optional<ImportJob::Request> request();
    void numbersRead(const QString &path, const QList<BackupNumbers::Number> &numbers, const QString &error);
    void progressed(qint64 done, qint64 total, qint64 items);
    void finished(bool committed, bool ok, bool cancelled, const QString &error, const ImportJob::Report &report);
    void showPreview(const ImportJob::Report &report);
    QString tally(const ImportJob::Report &report, bool committed) const;

    QString m_libraryPath;
    Case m_case;
    QStringList m_files;
    State m_state = State::Editing;
    ImportJob::Report m_report;
    bool m_closeWhenIdle = false;
    QThread m_thread;
    ImportWorker *m_worker = nullptr;

    QComboBox *m_kind = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_fileLabel = nullptr;
    QStackedWidget *m_options = nullptr;
    QListWidget *m_numbers = nullptr;
    QLineEdit *m_otherNumbers = nullptr;
    QLineEdit *m_myAddresses = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_textChannel = nullptr;
    QDateEdit *m_copiedOn = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_photoChannel = nullptr;
    QCheckBox *m_promises = nullptr;
    QTreeWidget *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace plaint

#pragma once

#include "case.h"
#include "dossierexportworker.h"
#include "dossieroptions.h"
#include "result.h"

#include <QDialog>
#include <QMap>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;

namespace plaint {

class ExhibitDescriptions;

class Library;

// "Export dossier…": the choices a dossier needs (who it is for, which
// rules, which language, the user's own details and what to hide), with the
// dossier itself beside them, made again off the UI thread whenever a choice
// changes. Saving, the bundle and printing use the same pages.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(Library *library, qint64 caseId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Asked for the file to save to, instead of QFileDialog, when set (tests).
    using SaveFileHook = std::function<QString(const QString &caption, const QString &suggested)>;
    static void setSaveFileHook(SaveFileHook hook);

    DossierOptions options() const;
    QPdfDocument *previewDocument() const { return m_document; }
    // The PDF the preview shows, and its manifest; empty while none is shown.
    QString previewPath() const { return m_previewPath; }
    QByteArray previewManifest() const { return m_previewManifest; }
    // True from a change of option until its preview is shown (or failed).
    bool previewPending() const { return m_pendingPreview; }
    QString problem() const;

    // Image exhibits of the case, by SHA-256, that can be masked.
    QStringList imageExhibits() const { return m_imageNames.keys(); }
    void setMasks(const QString &sha256, const QList<QRectF> &masks);
    void editMasks(const QString &sha256);

    void savePdf();
    void saveBundle();
    void print();
    // Draws the previewed pages on the printer, each rendered at the printer's
    // resolution: what comes out of the printer is what the PDF holds.
    Status printTo(QPrinter &printer) const;
    // The document name and the paper of the previewed pages.
    void setUpPrinter(QPrinter &printer) const;

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString &error);
    void saved(const QString &path, bool ok);

protected:
    void done(int result) override;

private:
    QWidget *buildOptions();
    QWidget *buildPreview();
    void loadCase();
    void restoreComplainant();
    void rememberComplainant() const;
    void optionChanged();
    void regenerate();
    void save(DossierExportWorker::Kind kind);
    void workerFinished(const DossierExportWorker::Outcome &outcome);
    void showPreview(const DossierExportWorker::Outcome &outcome);
    void clearPreview();
    void showProblem(const QString &message);
    void updateRedactionNote();
    void updateButtons();
    void addTerm();
    QString suggestedName(const QString &extension) const;

    Library *m_library;
    qint64 m_caseId;
    Case m_case;
    QMap<QString, QString> m_imageNames; // SHA-256 -> file name
    QMap<QString, QList<QRectF>> m_masks;
    bool m_hasPdfExhibits = false;

    QThread m_thread;
    DossierExportWorker *m_worker = nullptr;
    QTemporaryDir m_previewDir;
    QTimer m_debounce;
    int m_job = 0;
    int m_previewJob = 0;
    int m_saveJob = 0;
    bool m_pendingPreview = false;
    QString m_previewPath;
    QByteArray m_previewManifest;

    QComboBox *m_audience = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_fromSet = nullptr;
    QCheckBox *m_toSet = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_redact = nullptr;
    QWidget *m_redactBox = nullptr;
    QLineEdit *m_termEdit = nullptr;
    QListWidget *m_terms = nullptr;
    QWidget *m_screenshotBox = nullptr;
    QListWidget *m_images = nullptr;
    QLabel *m_pdfNote = nullptr;
    QCheckBox *m_attachOriginals = nullptr;
    ExhibitDescriptions *m_exhibitTexts = nullptr;

    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveBundle = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace plaint

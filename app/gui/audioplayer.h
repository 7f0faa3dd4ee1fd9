#pragma once

#include <QTemporaryFile>
#include <QWidget>

class QAudioOutput;
class QIODevice;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

namespace plaint {

// A call recording (or a video) from the evidence: play and pause, a
// position slider, and its length. The content is streamed out of the
// library (off the window's thread, by the viewer) into a private temporary
// file for the player. The length of a WAV
// file is read from its header, so the user sees it even where this computer
// cannot play the recording.
class AudioPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioPlayer)

public:
    explicit AudioPlayer(bool video, QWidget *parent = nullptr);
    ~AudioPlayer() override;

    // The private file to write the recording into (named like `fileName`, so
    // the media framework knows its kind); empty (and problem()) when it cannot be made.
    QString privateFile(const QString &fileName);
    // Plays the recording written into privateFile(); false (and problem()) when it cannot.
    bool openPrivateFile();
    QString problem() const { return m_problem; }

    // Milliseconds; -1 while not known.
    qint64 duration() const { return m_duration; }
    QString durationText() const;
    QMediaPlayer *player() const { return m_player; }
    bool canPlay() const;
    void togglePlay();

    // The length of a RIFF/WAVE file from its fmt and data chunks; -1 when
    // the device does not hold one. The device's position is restored.
    static qint64 wavDurationMs(QIODevice &device);
    static QString timeText(qint64 ms);

private:
    void setDuration(qint64 ms);
    void updateTime();

    QTemporaryFile m_file;
    QString m_problem;
    qint64 m_duration = -1;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QPushButton *m_play = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace plaint

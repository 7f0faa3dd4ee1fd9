#include "audioplayer.h"

#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QScopeGuard>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace plaint {

AudioPlayer::AudioPlayer(bool video, QWidget *parent) : QWidget(parent)
{
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (video) {
        auto *screen = new QVideoWidget(this);
        screen->setObjectName(u"video"_s);
        screen->setMinimumSize(320, 180);
        m_player->setVideoOutput(screen);
        layout->addWidget(screen, 1);
    }
    auto *row = new QHBoxLayout;
    m_play = new QPushButton(tr("▶ &Play"), this);
    m_play->setObjectName(u"play"_s);
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setObjectName(u"position"_s);
    m_position->setAccessibleName(tr("Position in the recording"));
    m_time = new QLabel(this);
    m_time->setObjectName(u"time"_s);
    row->addWidget(m_play);
    row->addWidget(m_position, 1);
    row->addWidget(m_time);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(u"playerStatus"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);
    if (!video)
        layout->addStretch();

    connect(m_play, &QPushButton::clicked, this, &AudioPlayer::togglePlay);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int value) { m_player->setPosition(value); });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            setDuration(ms);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setText(state == QMediaPlayer::PlayingState ? tr("❚❚ &Pause") : tr("▶ &Play"));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_problem = tr("This recording cannot be played on this computer (%1). It is kept unchanged; "
                       "open it with the system's application.")
                        .arg(message);
        m_status->setText(m_problem);
        m_status->setVisible(true);
        m_play->setEnabled(false);
    });
    updateTime();
}

AudioPlayer::~AudioPlayer()
{
    m_player->stop();
}

QString AudioPlayer::privateFile(const QString &fileName)
{
    if (m_file.isOpen())
        return m_file.fileName();
    // The suffix helps the media framework recognise the format.
    const QString suffix = QFileInfo(fileName).suffix();
    m_file.setFileTemplate(QDir::tempPath() + u"/plaint-XXXXXX"_s + (suffix.isEmpty() ? QString() : u"."_s + suffix));
    if (!m_file.open()) {
        m_problem = tr("A private copy for playing could not be written (%1).").arg(m_file.errorString());
        return {};
    }
    return m_file.fileName();
}

bool AudioPlayer::openPrivateFile()
{
    // Written through another handle: this one reads what is there now.
    m_file.seek(0);
    setDuration(wavDurationMs(m_file));
    m_player->setSource(QUrl::fromLocalFile(m_file.fileName()));
    return true;
}

bool AudioPlayer::canPlay() const
{
    return m_player->error() == QMediaPlayer::NoError && m_player->mediaStatus() != QMediaPlayer::InvalidMedia
        && m_player->mediaStatus() != QMediaPlayer::NoMedia;
}

void AudioPlayer::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void AudioPlayer::setDuration(qint64 ms)
{
    m_duration = ms;
    m_position->setRange(0, int(qMax<qint64>(0, ms)));
    updateTime();
}

QString AudioPlayer::timeText(qint64 ms)
{
    if (ms < 0)
        return tr("--:--");
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString AudioPlayer::durationText() const
{
    return timeText(m_duration);
}

void AudioPlayer::updateTime()
{
    m_time->setText(tr("%1 / %2", "position / length").arg(timeText(m_player->position()), timeText(m_duration)));
}

qint64 AudioPlayer::wavDurationMs(QIODevice &device)
{
    const qint64 start = device.pos();
    auto restore = qScopeGuard([&] { device.seek(start); });
    if (!device.seek(0))
        return -1;
    const QByteArray riff = device.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return -1;
    quint32 byteRate = 0;
    qint64 dataSize = -1;
    // Walks the chunks; a sane file has fmt before data, within the first few.
    for (int chunks = 0; chunks < 64 && dataSize < 0; ++chunks) {
        const QByteArray head = device.read(8);
        if (head.size() < 8)
            break;
        const quint32 size = qFromLittleEndian<quint32>(head.constData() + 4);
        if (head.startsWith("fmt ")) {
            const QByteArray fmt = device.read(qMin<quint32>(size, 64));
            if (fmt.size() < 16)
                return -1;
            byteRate = qFromLittleEndian<quint32>(fmt.constData() + 8);
            if (!device.seek(device.pos() + (size - quint32(fmt.size())) + (size & 1)))
                return -1;
        } else if (head.startsWith("data")) {
            // A recorder that stopped early may leave the size unset: the file's length tells.
            const qint64 left = device.size() - device.pos();
            dataSize = (size == 0 || size == 0xffffffffu || size > left) ? left : size;
        } else if (!device.seek(device.pos() + size + (size & 1))) {
            return -1;
        }
    }
    if (byteRate == 0 || dataSize < 0)
        return -1;
    return dataSize * 1000 / byteRate;
}

} // namespace plaint

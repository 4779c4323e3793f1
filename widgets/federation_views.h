// Plain values the federation page shows and emits: what the user asked for (host, join, peer,
// demo) and what the app reports back (sites, rounds, state). No engine types cross this line.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QtNumeric>
#include <QString>
#include <QStringList>

namespace cohort::ui
{

struct HostSettings
{
    quint16 port = 7400;
    int rounds = 20;
    int minSites = 2;
    double fraction = 1.0;
    QString strategy; // fedavg, fedprox, fedadam, fedyogi, fedadagrad, median, trimmed-mean
    double deadlineSeconds = 60.0;
    QString featuresCsv;
    QString target;
    QStringList excluded;         // columns of featuresCsv left out of the features
    double secondsPerRound = 0.0; // a round starts no sooner than this after the last began
    bool startPaused = false;     // step by step: each round waits for "Next round"
};

struct JoinSettings
{
    QString address; // host:port
    QString joinCode;
    QString csvPath;
    QString siteName;
};

struct PeerSettings
{
    quint16 listenPort = 7500;
    QStringList peers; // host:port each
    QString csvPath;
    QString target;
    int rounds = 20;
};

struct DemoSettings
{
    QString domain; // fitness, vitals, hospital
    int sites = 4;
    int rounds = 10;
    QString strategy;
    double secondsPerRound = 2.0; // at least this long per round, so that a room can follow
    bool stepByStep = false;      // starts paused; each "Next round" runs one round
};

// Where a site stands in the federation; the sites table translates it when it shows it.
enum class SiteState
{
    Joined,     // admitted, statistics still to come
    Training,   // ready and taking part in rounds
    Answered,   // sent its update in the last round
    Evaluating, // scoring a global model
    Dropped,    // missed or failed the last round
    Left,       // disconnected
    NotSampled, // connected, but not asked to train in the last round
};

// One row of the sites table; Dropped and Left grey the row out and mark its state red.
struct SiteView
{
    QString name;
    SiteState state = SiteState::Joined;
    qint64 samples = 0;            // an update of a known row keeps its samples when negative, its
    QDateTime lastUpdate;          // time when invalid, and its accuracy and round time when NaN
    double accuracy = qQNaN();     // NaN: none yet
    double roundSeconds = qQNaN(); // NaN: none yet
};

struct RoundView
{
    int round = 0;
    QStringList answered;
    QStringList dropped;
    double loss = qQNaN();
    double accuracy = qQNaN();
    double seconds = qQNaN();
    QMap<QString, double> siteAccuracy;
    // The federated evaluation beyond accuracy, for an honest verdict (NaN / empty: unknown).
    double balancedAccuracy = qQNaN();
    double baselineAccuracy = qQNaN(); // always answering the majority class, on the same rows
    QString baselineClass;             // that class's name
    QStringList classNames;
    QVector<double> classRecall; // per class: the share of its rows found; NaN without rows
    qint64 samples = 0;          // evaluated rows
};

enum class FederationState
{
    Idle,
    Starting,
    Running,
    Paused,
    Finished,
    Failed
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::HostSettings)
Q_DECLARE_METATYPE(cohort::ui::JoinSettings)
Q_DECLARE_METATYPE(cohort::ui::PeerSettings)
Q_DECLARE_METATYPE(cohort::ui::DemoSettings)
Q_DECLARE_METATYPE(cohort::ui::SiteView)
Q_DECLARE_METATYPE(cohort::ui::RoundView)
Q_DECLARE_METATYPE(cohort::ui::FederationState)
Q_DECLARE_METATYPE(cohort::ui::SiteState)

// cohort: the desktop application. The desktop-app issue builds its pages; until then it
// opens a window that points to the headless commands that already work.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cohort"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Cohort"));
    auto *label = new QLabel(QStringLiteral(
        "The desktop pages are not built yet.\n"
        "Use cohort-cli (generate, inspect, train, evaluate, predict, versions, demo)."));
    label->setMargin(24);
    window.setCentralWidget(label);
    window.resize(640, 240);
    window.show();
    return QApplication::exec();
}

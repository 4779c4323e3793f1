#include "explain/explainable_model.h"

namespace cohort::engine
{

ExplainableModel explainableModel(const TrainedModel &model)
{
    ExplainableModel adapter;
    const MlpClassifier *classifier = &model.classifier();
    adapter.predict = [classifier](const FeatureMatrix &inputs)
    { return classifier->predictProbabilities(inputs); };
    adapter.groups = ColumnGroups::fromPreprocessor(model.preprocessor());
    adapter.classNames = model.classNames();
    return adapter;
}

} // namespace cohort::engine

#include "fl/gossip_averaging.h"

#include <algorithm>
#include <cmath>

namespace cohort::engine
{

double metropolisHastingsWeight(int a, int b)
{
    return 1.0 / (1.0 + static_cast<double>(std::max(a, b)));
}

Result<std::vector<float>> gossipAverage(const std::vector<float> &own, int ownDegree,
                                         const std::vector<NeighbourModel> &neighbours)
{
    if (static_cast<int>(neighbours.size()) > ownDegree)
        return makeError(ErrorCode::InvalidInput, "more neighbour models than neighbours ("
                                                      + std::to_string(ownDegree) + ")");
    std::vector<double> mixed(own.size(), 0.0);
    double selfWeight = 1.0;
    for (const NeighbourModel &neighbour : neighbours)
    {
        if (neighbour.parameters.size() != own.size())
        {
            return makeError(ErrorCode::InvalidInput,
                             "peer " + neighbour.peerId + " sent "
                                 + std::to_string(neighbour.parameters.size())
                                 + " parameters, the model has " + std::to_string(own.size()));
        }
        if (neighbour.degree < 1)
            return makeError(ErrorCode::InvalidInput,
                             "peer " + neighbour.peerId + " reported no neighbours");
        const double weight = metropolisHastingsWeight(ownDegree, neighbour.degree);
        selfWeight -= weight;
        for (std::size_t i = 0; i < own.size(); ++i)
            mixed[i] += weight * neighbour.parameters[i];
    }
    std::vector<float> result(own.size());
    for (std::size_t i = 0; i < own.size(); ++i)
        result[i] = static_cast<float>(mixed[i] + selfWeight * own[i]);
    return result;
}

double largestPairwiseDistance(const std::vector<std::vector<float>> &models)
{
    double largest = 0.0;
    for (std::size_t a = 0; a < models.size(); ++a)
    {
        for (std::size_t b = a + 1; b < models.size(); ++b)
        {
            double squares = 0.0;
            const std::size_t n = std::min(models[a].size(), models[b].size());
            for (std::size_t i = 0; i < n; ++i)
                squares += std::pow(static_cast<double>(models[a][i]) - models[b][i], 2);
            largest = std::max(largest, std::sqrt(squares));
        }
    }
    return largest;
}

} // namespace cohort::engine

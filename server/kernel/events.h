#pragma once

#include "changelog.h"

#include <QList>

#include <functional>
#include <typeindex>
#include <unordered_map>
#include <vector>

// Events inside the transaction: how one module tells the others what happened without knowing
// who listens (a slot of a room came free; later, a booking was placed or cancelled, for billing
// and notifications). The module that raises an event declares its type in its own header; a
// listener subscribes to that type when it is built. publish() runs every listener at once, in
// the order they subscribed, inside the transaction of the change that raised it: what they
// write commits or rolls back with it, and the change rows they return join that change's.
namespace atrium::server::kernel {

class Events
{
public:
    // A listener of events of type E. It may fill in the event's answer fields, for an event that
    // asks (a space about to be retired collects objections).
    template<class E>
    using Listener = std::function<QList<ChangeRow>(E &event)>;

    template<class E>
    void subscribe(Listener<E> listener)
    {
        m_listeners[std::type_index(typeid(E))].push_back(
            [listener = std::move(listener)](void *event) { return listener(*static_cast<E *>(event)); });
    }

    // Runs every listener of E; the change rows they wrote, in order.
    template<class E>
    QList<ChangeRow> publish(E &event) const
    {
        QList<ChangeRow> rows;
        const auto it = m_listeners.find(std::type_index(typeid(E)));
        if (it == m_listeners.end())
            return rows;
        for (const auto &listener : it->second)
            rows << listener(&event);
        return rows;
    }
    template<class E>
    int listeners() const
    {
        const auto it = m_listeners.find(std::type_index(typeid(E)));
        return it == m_listeners.end() ? 0 : static_cast<int>(it->second.size());
    }

private:
    std::unordered_map<std::type_index, std::vector<std::function<QList<ChangeRow>(void *)>>> m_listeners;
};

} // namespace atrium::server::kernel

#include "validationcontext.h"

ValidationContext::ValidationContext(const Design &design) : mDesign(design)
{
    rebuildPeeringIndex();
}

void ValidationContext::rebuildPeeringIndex()
{
    mPeerings.clear();
    for (const PeeringConnection *p : mDesign.peerings()) {
        mPeerings[p->requester].append(p);
        if (p->accepter != p->requester)
            mPeerings[p->accepter].append(p);
    }
}

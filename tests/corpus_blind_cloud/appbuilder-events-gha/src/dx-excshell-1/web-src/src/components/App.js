import React, { useEffect, useState } from 'react'
import { Provider, defaultTheme, View, Heading, StatusLight } from '@adobe/react-spectrum'

// The Experience Cloud shell passes the signed-in user's IMS token and org.
export default function App ({ runtime, ims }) {
  const [status, setStatus] = useState('pending')

  useEffect(() => {
    fetch('/api/v1/web/dx-excshell-1/status', {
      headers: { authorization: `Bearer ${ims.token}`, 'x-gw-ims-org-id': ims.org }
    }).then(r => setStatus(r.ok ? 'positive' : 'negative'))
  }, [ims])

  runtime.on('configuration', ({ imsOrg, imsToken }) => {
    ims.org = imsOrg
    ims.token = imsToken
  })

  return (
    <Provider theme={defaultTheme} colorScheme='light'>
      <View padding='size-200'>
        <Heading level={2}>Acme product events</Heading>
        <StatusLight variant={status}>Publisher</StatusLight>
      </View>
    </Provider>
  )
}

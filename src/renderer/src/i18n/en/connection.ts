export default {
  lost: {
    title: 'The office server cannot be reached.',
    body: 'Retrying automatically. What you have entered stays here: save again once the connection is back.',
  },
}
